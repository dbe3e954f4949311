import { TestBed } from '@angular/core/testing';
import { ActivityChart } from './activity-chart';
import { fallbackChartPalette } from './chart-theme';
import { dayAggregate as day, renderChart } from './testing/render-chart';

describe('ActivityChart', () => {
  const palette = fallbackChartPalette();
  const days = [
    day('2026-11-02', { generations: 1200, interactions: 30, linesAdded: 400, linesDeleted: 50 }),
    day('2026-11-01', { generations: 100, interactions: 5, linesAdded: 20, linesDeleted: 3 }),
  ];

  it('draws generations and interactions on the left axis, lines on the right, in day order', async () => {
    const fixture = await renderChart(ActivityChart, { days });
    const { data, options } = fixture.componentInstance.chart();

    expect(data.labels).toEqual(['2026-11-01', '2026-11-02']);
    expect(data.datasets.map((d) => [d.label, d.yAxisID, d.data])).toEqual([
      ['Generations', 'y', [100, 1200]],
      ['Interactions', 'y', [5, 30]],
      ['Lines added', 'y1', [20, 400]],
      ['Lines deleted', 'y1', [3, 50]],
    ]);
    expect(data.datasets.map((d) => d.borderColor)).toEqual([
      palette.indigo,
      palette.teal,
      palette.green,
      palette.rose,
    ]);
    expect(options?.scales?.['y']?.position).toBe('left');
    expect(options?.scales?.['y1']?.position).toBe('right');
    expect(fixture.nativeElement.querySelector('canvas')).not.toBeNull();
  });

  it('animates only when the person has not asked for reduced motion', async () => {
    const motion = (reduce: boolean) =>
      Object.defineProperty(window, 'matchMedia', {
        configurable: true,
        value: (query: string) => ({
          matches: reduce && query === '(prefers-reduced-motion: reduce)',
          media: query,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        }),
      });
    motion(true);
    const reduced = await renderChart(ActivityChart, { days });
    expect(reduced.componentInstance.chart().options?.animation).toBe(false);
    TestBed.resetTestingModule();
    motion(false);
    const animated = await renderChart(ActivityChart, { days });
    expect(animated.componentInstance.chart().options?.animation).toEqual({ duration: 400 });
    Reflect.deleteProperty(window, 'matchMedia');
  });

  it('formats count ticks with thousands separators', async () => {
    const fixture = await renderChart(ActivityChart, { days });
    const ticks = fixture.componentInstance.chart().options?.scales?.['y']?.ticks;
    const callback = ticks?.callback;
    expect(typeof callback).toBe('function');
    expect(callback?.call(undefined as never, 12345, 0, [])).toBe('12,345');
  });

  it('exports one CSV row per day with exact values', async () => {
    const fixture = await renderChart(ActivityChart, { days, period: { from: '2026-11-01', to: '2026-11-02' } });
    expect(fixture.componentInstance.csv()).toEqual({
      header: ['Day', 'Generations', 'Interactions', 'Lines added', 'Lines deleted'],
      rows: [
        ['2026-11-01', 100, 5, 20, 3],
        ['2026-11-02', 1200, 30, 400, 50],
      ],
    });
    expect(fixture.componentInstance.fileName()).toBe('activity-over-time_2026-11-01_2026-11-02');
    expect(fixture.componentInstance.summary()).toContain('1,300 generations');
  });

  it.each([
    [[], 'No data in this period'],
    [[day('2026-11-01'), day('2026-11-02')], 'No AI activity in this period'],
  ])('shows why it is empty instead of an empty axis', async (input, reason) => {
    const fixture = await renderChart(ActivityChart, { days: input });
    expect(fixture.componentInstance.emptyReason()).toBe(reason);
    const element: HTMLElement = fixture.nativeElement;
    expect(element.querySelector('canvas')).toBeNull();
    expect(element.querySelector('.chart-card-empty')?.textContent).toContain(reason);
  });
});
