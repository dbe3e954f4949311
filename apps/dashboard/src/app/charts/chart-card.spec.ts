import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { metricDefinition } from '@devpulse/domain';
import type { ChartConfiguration } from 'chart.js';
import { BaseChartDirective, provideCharts } from 'ng2-charts';
import { seriousAxeViolations } from '../../testing/axe';
import { ChartCard } from './chart-card';
import type { CsvTable } from './csv';
import * as csv from './csv';
import { SHELL_CHART_PARTS } from './testing/render-chart';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, ChartCard],
  template: `
    <app-chart-card
      heading="Active developers"
      description="Developers with an active day."
      [caveat]="caveat()"
      [definitions]="definitions"
      [emptyReason]="emptyReason()"
      [csv]="table()"
      fileName="active-developers"
      summary="12 developers on average."
    >
      @if (emptyReason() === null) {
        <canvas baseChart [type]="config.type" [data]="config.data" [options]="config.options"></canvas>
      }
    </app-chart-card>
  `,
})
class CardHost {
  readonly emptyReason = signal<string | null>(null);
  readonly caveat = signal<string | null>(null);
  readonly table = signal<CsvTable>({ header: ['Day', 'Active developers'], rows: [['2026-11-01', 1234]] });
  readonly definitions = [metricDefinition('activeUsers')];
  readonly config: ChartConfiguration<'bar', number[], string> = {
    type: 'bar',
    data: { labels: ['2026-11-01'], datasets: [{ data: [1234] }] },
    options: { animation: false, responsive: false },
  };
}

describe('ChartCard', () => {
  async function render() {
    TestBed.configureTestingModule({ providers: [provideCharts({ registerables: SHELL_CHART_PARTS })] });
    const fixture = TestBed.createComponent(CardHost);
    await fixture.whenStable();
    const element: HTMLElement = fixture.nativeElement;
    const button = (name: string) =>
      Array.from(element.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent?.trim() === name);
    return { fixture, element, button };
  }

  afterEach(() => jest.restoreAllMocks());

  it('shows the title, what it measures, the chart region with its label and the text alternative', async () => {
    const { element } = await render();
    expect(element.querySelector('h3')?.textContent).toBe('Active developers');
    expect(element.querySelector('.chart-card-description')?.textContent).toBe('Developers with an active day.');
    const region = element.querySelector('[role="img"]');
    expect(region?.getAttribute('aria-label')).toBe('Active developers chart');
    const summary = element.querySelector(`#${region?.getAttribute('aria-describedby') ?? 'missing'}`);
    expect(summary?.textContent).toContain('12 developers on average.');
    expect(summary?.classList).toContain('visually-hidden');
    expect(region?.querySelector('canvas')).not.toBeNull();
    expect(element.querySelector('.chart-card-skip-to-data')?.textContent).toContain('as CSV');
    expect(element.querySelector('details dt')?.textContent).toBe('Active developers');
    expect(await seriousAxeViolations(element)).toEqual([]);
  });

  it('shows the reason instead of the chart when empty, and disables PNG', async () => {
    const { fixture, element, button } = await render();
    fixture.componentInstance.emptyReason.set('No data in this period');
    fixture.componentInstance.table.set({ header: ['Day', 'Active developers'], rows: [] });
    await fixture.whenStable();
    expect(element.querySelector('canvas')).toBeNull();
    expect(element.querySelector('[role="img"]')).toBeNull();
    expect(element.querySelector('.chart-card-empty')?.textContent?.trim()).toBe('No data in this period');
    expect(button('PNG')?.disabled).toBe(true);
    expect(button('CSV')?.disabled).toBe(true);
    expect(element.querySelector('.chart-card-skip-to-data')).toBeNull();
    expect(await seriousAxeViolations(element)).toEqual([]);
  });

  it('shows a caveat only when given', async () => {
    const { fixture, element } = await render();
    expect(element.querySelector('.chart-card-caveat')).toBeNull();
    fixture.componentInstance.caveat.set('Shares of attributed activity.');
    await fixture.whenStable();
    expect(element.querySelector('.chart-card-caveat')?.textContent).toBe('Shares of attributed activity.');
  });

  it('downloads the CSV from the visible button and from the text alternative', async () => {
    const download = jest.spyOn(csv, 'downloadCsv').mockImplementation(() => undefined);
    const { element, button } = await render();
    const csvButton = button('CSV');
    expect(csvButton?.getAttribute('aria-label')).toBe('Download CSV of Active developers');
    csvButton?.click();
    element.querySelector<HTMLButtonElement>('.chart-card-skip-to-data')?.click();
    expect(download).toHaveBeenCalledTimes(2);
    expect(download).toHaveBeenCalledWith(
      { header: ['Day', 'Active developers'], rows: [['2026-11-01', 1234]] },
      'active-developers',
    );
  });

  it('downloads the projected canvas as PNG on an opaque background', async () => {
    const download = jest.spyOn(csv, 'downloadUrl').mockImplementation(() => undefined);
    const { button } = await render();
    const png = button('PNG');
    expect(png?.disabled).toBe(false);
    png?.click();
    expect(download).toHaveBeenCalledTimes(1);
    const [url, name] = download.mock.calls[0] ?? [];
    expect(url).toMatch(/^data:image\/png/);
    expect(name).toBe('active-developers.png');
  });

  it('toggles a data table with the exact values', async () => {
    const { fixture, element, button } = await render();
    const table = button('Table');
    expect(table?.getAttribute('aria-pressed')).toBe('false');
    table?.click();
    await fixture.whenStable();
    expect(table?.getAttribute('aria-pressed')).toBe('true');
    expect(Array.from(element.querySelectorAll('th')).map((th) => th.textContent)).toEqual([
      'Day',
      'Active developers',
    ]);
    expect(Array.from(element.querySelectorAll('td')).map((td) => td.textContent)).toEqual(['2026-11-01', '1,234']);
    expect(element.querySelector<HTMLElement>('[role="img"]')?.hidden).toBe(true);
    expect(await seriousAxeViolations(element)).toEqual([]);
  });

  it('keeps every action keyboard reachable', async () => {
    const { element } = await render();
    const buttons = Array.from(element.querySelectorAll('button'));
    expect(buttons.map((b) => b.textContent?.trim())).toEqual([
      'Table',
      'CSV',
      'PNG',
      'Download the data of “Active developers” as CSV',
    ]);
    expect(buttons.every((b) => b.type === 'button' && b.tabIndex === 0)).toBe(true);
  });
});
