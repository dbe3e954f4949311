import type { TooltipItem } from 'chart.js';
import { fallbackChartPalette } from './chart-theme';
import { renderChart, userAggregate } from './testing/render-chart';
import { TopDevelopersLinesChart } from './top-developers-lines-chart';

describe('TopDevelopersLinesChart', () => {
  const users = [
    userAggregate('a', { linesAdded: 120, linesDeleted: 20 }),
    userAggregate('b', { linesAdded: 4500, linesDeleted: 5000 }),
    userAggregate('c', { linesAdded: 0, linesDeleted: 30 }),
    ...Array.from({ length: 15 }, (_, i) => userAggregate(`m${i}`, { linesAdded: 1000 + i })),
  ];

  it('draws the 15 developers with the most lines added, largest first', async () => {
    const fixture = await renderChart(TopDevelopersLinesChart, { users });
    const { data } = fixture.componentInstance.chart();
    expect(data.labels).toHaveLength(15);
    expect(data.labels?.slice(0, 2)).toEqual(['login-b', 'login-m14']);
    expect(data.datasets[0]?.data.slice(0, 2)).toEqual([4500, 1014]);
    expect(data.labels).not.toContain('login-a');
    expect(data.datasets[0]?.backgroundColor).toBe(fallbackChartPalette().green);
  });

  it('shows deletions and net lines in the tooltip and the CSV', async () => {
    const fixture = await renderChart(TopDevelopersLinesChart, { users: users.slice(0, 3) });
    const label = fixture.componentInstance.chart().options?.plugins?.tooltip?.callbacks?.label;
    expect(label?.call(undefined as never, { dataIndex: 0 } as TooltipItem<'bar'>)).toEqual([
      'Lines added: 4,500',
      'Lines deleted: 5,000',
      'Net lines: -500',
    ]);
    expect(fixture.componentInstance.csv().rows).toEqual([
      ['login-b', 'Developer b', 4500, 5000, -500],
      ['login-a', 'Developer a', 120, 20, 100],
    ]);
  });

  it.each([
    [[], 'No data in this period'],
    [[userAggregate('a', { linesDeleted: 5 })], 'No lines added in this period'],
  ])('explains an empty chart', async (input, reason) => {
    const fixture = await renderChart(TopDevelopersLinesChart, { users: input });
    expect(fixture.componentInstance.emptyReason()).toBe(reason);
  });
});
