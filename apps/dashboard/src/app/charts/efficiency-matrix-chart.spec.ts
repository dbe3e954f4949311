import { fallbackChartPalette, withAlpha } from './chart-theme';
import { EfficiencyMatrixChart } from './efficiency-matrix-chart';
import { renderChart, userAggregate } from './testing/render-chart';

describe('EfficiencyMatrixChart', () => {
  const palette = fallbackChartPalette();

  it('plots developers with 50 or more generations only, coloured by acceptance band', async () => {
    const users = [
      userAggregate('a', { generations: 50, acceptances: 35, acceptanceRate: 0.7 }),
      userAggregate('b', { generations: 2000, acceptances: 399, acceptanceRate: 0.1995 }),
      userAggregate('c', { generations: 49, acceptances: 49, acceptanceRate: null }),
      userAggregate('d', { generations: 300, acceptances: 60, acceptanceRate: 0.2 }),
    ];
    const fixture = await renderChart(EfficiencyMatrixChart, { users });
    const [points] = fixture.componentInstance.chart().data.datasets;
    expect(points?.data).toEqual([
      { x: 2000, y: 0.1995 },
      { x: 300, y: 0.2 },
      { x: 50, y: 0.7 },
    ]);
    expect(points?.borderColor).toEqual([palette.amber, palette.indigo, palette.green]);
    expect(points?.backgroundColor).toEqual(
      [palette.amber, palette.indigo, palette.green].map((c) => withAlpha(c, 0.75)),
    );
    expect(fixture.componentInstance.csv().rows).toEqual([
      ['login-b', 'Developer b', 2000, 399, 0.1995],
      ['login-d', 'Developer d', 300, 60, 0.2],
      ['login-a', 'Developer a', 50, 35, 0.7],
    ]);
    expect(fixture.componentInstance.summary()).toBe(
      '3 developers with 50 or more generations: 1 accept 70% or more, 1 between 20% and 70%, 1 below 20%.',
    );
  });

  it('formats generations with separators and the rate axis as percent', async () => {
    const users = [userAggregate('a', { generations: 60, acceptanceRate: 0.5 })];
    const fixture = await renderChart(EfficiencyMatrixChart, { users });
    const scales = fixture.componentInstance.chart().options?.scales;
    expect(scales?.['x']?.ticks?.callback?.call(undefined as never, 12000, 0, [])).toBe('12,000');
    expect(scales?.['y']?.ticks?.callback?.call(undefined as never, 0.25, 0, [])).toBe('25%');
  });

  it.each([
    [[], 'No data in this period'],
    [[userAggregate('a', { interactions: 5 })], 'No code completions in this period'],
    [[userAggregate('a', { generations: 49, acceptances: 40 })], 'No developer has 50 or more generations yet'],
  ])('explains an empty chart', async (users, reason) => {
    const fixture = await renderChart(EfficiencyMatrixChart, { users });
    expect(fixture.componentInstance.emptyReason()).toBe(reason);
    expect(fixture.nativeElement.querySelector('.chart-card-empty')?.textContent).toContain(reason);
  });
});
