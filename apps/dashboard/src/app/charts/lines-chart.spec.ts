import type { TooltipItem } from 'chart.js';
import { fallbackChartPalette } from './chart-theme';
import { LinesChart } from './lines-chart';
import { dayAggregate as day, renderChart } from './testing/render-chart';

describe('LinesChart', () => {
  const palette = fallbackChartPalette();
  const days = [
    day('2026-11-02', { linesAdded: 2500, linesDeleted: 300 }),
    day('2026-11-01', { linesAdded: 100, linesDeleted: 150 }),
  ];

  it('draws lines added and deleted as filled areas in day order', async () => {
    const fixture = await renderChart(LinesChart, { days });
    const { data } = fixture.componentInstance.chart();
    expect(data.labels).toEqual(['2026-11-01', '2026-11-02']);
    expect(data.datasets.map((d) => [d.label, d.data, d.fill, d.borderColor])).toEqual([
      ['Lines added', [100, 2500], 'origin', palette.green],
      ['Lines deleted', [150, 300], 'origin', palette.rose],
    ]);
  });

  it('puts net lines in the tooltip footer', async () => {
    const fixture = await renderChart(LinesChart, { days });
    const footer = fixture.componentInstance.chart().options?.plugins?.tooltip?.callbacks?.footer;
    const item = { dataIndex: 0 } as TooltipItem<'line'>;
    expect(footer?.call(undefined as never, [item])).toBe('Net: -50');
  });

  it('exports day, added, deleted and net', async () => {
    const fixture = await renderChart(LinesChart, { days });
    expect(fixture.componentInstance.csv().rows).toEqual([
      ['2026-11-01', 100, 150, -50],
      ['2026-11-02', 2500, 300, 2200],
    ]);
    expect(fixture.componentInstance.summary()).toBe(
      'Over 2 days: 2,600 lines added and 450 lines deleted, 2,150 net lines.',
    );
  });

  it.each([
    [[], 'No data in this period'],
    [[day('2026-11-01', { generations: 5 })], 'No lines added or deleted in this period'],
  ])('explains an empty chart', async (input, reason) => {
    const fixture = await renderChart(LinesChart, { days: input });
    expect(fixture.componentInstance.emptyReason()).toBe(reason);
    expect(fixture.nativeElement.querySelector('canvas')).toBeNull();
  });
});
