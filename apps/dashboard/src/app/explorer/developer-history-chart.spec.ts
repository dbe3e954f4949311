import { fallbackChartPalette } from '../charts/chart-theme';
import { renderChart } from '../charts/testing/render-chart';
import { DeveloperHistoryChart, type HistoryDay } from './developer-history-chart';

function day(dayText: string, values: Partial<HistoryDay> = {}): HistoryDay {
  return { day: dayText, generations: 0, acceptances: 0, linesAdded: 0, linesDeleted: 0, interactions: 0, ...values };
}

describe('DeveloperHistoryChart', () => {
  const palette = fallbackChartPalette();
  const tools = [
    {
      source: 'COPILOT' as const,
      days: [day('2026-11-28', { generations: 40, linesAdded: 7 }), day('2026-11-27', { generations: 10 })],
    },
    {
      source: 'CLAUDE_CODE' as const,
      days: [day('2026-11-27', { interactions: 3, linesAdded: 50 }), day('2026-11-28')],
    },
    { source: 'OTHER' as const, days: [day('2026-11-27'), day('2026-11-28')] },
  ];

  it('draws one line per tool with activity, in day order, in the tool colours', async () => {
    const fixture = await renderChart(DeveloperHistoryChart, { tools, developer: 'alice' });
    const { data } = fixture.componentInstance.chart();

    expect(data.labels).toEqual(['2026-11-27', '2026-11-28']);
    expect(data.datasets.map((d) => [d.label, d.data, d.borderColor])).toEqual([
      ['GitHub Copilot', [10, 40], palette.indigo],
      ['Claude Code', [0, 0], palette.orange],
    ]);
  });

  it('switches the metric drawn and exports it per day and tool', async () => {
    const fixture = await renderChart(DeveloperHistoryChart, {
      tools,
      developer: 'alice',
      metric: 'linesAdded',
      period: { from: '2026-11-27', to: '2026-11-28' },
    });
    expect(fixture.componentInstance.csv()).toEqual({
      header: ['Day', 'GitHub Copilot', 'Claude Code'],
      rows: [
        ['2026-11-27', 0, 50],
        ['2026-11-28', 7, 0],
      ],
    });
    expect(fixture.componentInstance.fileName()).toBe('alice-linesAdded-per-day_2026-11-27_2026-11-28');
    expect(fixture.nativeElement.textContent).toContain('Lines added per day by tool');
  });

  it('says why instead of drawing an empty axis', async () => {
    const idle = await renderChart(DeveloperHistoryChart, { tools: [tools[2]], developer: 'alice' });
    expect(idle.componentInstance.emptyReason()).toBe('No activity with any tool in this period');
    expect(idle.nativeElement.querySelector('canvas')).toBeNull();
  });
});
