import { ActiveDevelopersChart } from './active-developers-chart';
import { fallbackChartPalette } from './chart-theme';
import { dayAggregate as day, renderChart } from './testing/render-chart';

describe('ActiveDevelopersChart', () => {
  const days = [day('2026-11-02', { activeUsers: 1500 }), day('2026-11-01', { activeUsers: 7 })];

  it('draws one bar per day', async () => {
    const fixture = await renderChart(ActiveDevelopersChart, { days });
    const { data, type } = fixture.componentInstance.chart();
    expect(type).toBe('bar');
    expect(data.labels).toEqual(['2026-11-01', '2026-11-02']);
    expect(data.datasets[0]?.data).toEqual([7, 1500]);
    expect(data.datasets[0]?.backgroundColor).toBe(fallbackChartPalette().teal);
  });

  it('exports and summarizes the days', async () => {
    const fixture = await renderChart(ActiveDevelopersChart, {
      days,
      period: { from: '2026-11-01', to: '2026-11-02' },
    });
    expect(fixture.componentInstance.csv()).toEqual({
      header: ['Day', 'Active developers'],
      rows: [
        ['2026-11-01', 7],
        ['2026-11-02', 1500],
      ],
    });
    expect(fixture.componentInstance.fileName()).toBe('active-developers_2026-11-01_2026-11-02');
    expect(fixture.componentInstance.summary()).toBe(
      'On average 754 developers were active per day over 2 days; the most were 1,500 developers on Mon, Nov 2, 2026.',
    );
  });

  it.each([
    [[], 'No data in this period'],
    [[day('2026-11-01')], 'No developer was active in this period'],
  ])('explains an empty chart', async (input, reason) => {
    const fixture = await renderChart(ActiveDevelopersChart, { days: input });
    expect(fixture.componentInstance.emptyReason()).toBe(reason);
  });
});
