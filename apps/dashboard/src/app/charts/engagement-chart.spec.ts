import { EngagementChart } from './engagement-chart';
import { renderChart } from './testing/render-chart';

describe('EngagementChart', () => {
  it('draws the five buckets in order, filling a missing bucket with 0', async () => {
    const engagement = [
      { bucket: '21+', developers: 4 },
      { bucket: '1', developers: 10 },
      { bucket: '6-10', developers: 1200 },
      { bucket: '2-5', developers: 6 },
    ];
    const fixture = await renderChart(EngagementChart, { engagement });
    const { data } = fixture.componentInstance.chart();
    expect(data.labels).toEqual(['1 day', '2–5 days', '6–10 days', '11–20 days', '21+ days']);
    expect(data.datasets[0]?.data).toEqual([10, 6, 1200, 0, 4]);
    expect(fixture.componentInstance.csv()).toEqual({
      header: ['Active days', 'Developers'],
      rows: [
        ['1', 10],
        ['2-5', 6],
        ['6-10', 1200],
        ['11-20', 0],
        ['21+', 4],
      ],
    });
    expect(fixture.componentInstance.summary()).toBe(
      'Of 1,220 active developers: 10 developers on 1 day, 6 developers on 2–5 days, 1,200 developers on 6–10 days, ' +
        '0 developers on 11–20 days, 4 developers on 21+ days.',
    );
  });

  it.each([
    [[], 'No data in this period'],
    [[{ bucket: '1', developers: 0 }], 'No developer was active in this period'],
  ])('explains an empty chart', async (engagement, reason) => {
    const fixture = await renderChart(EngagementChart, { engagement });
    expect(fixture.componentInstance.emptyReason()).toBe(reason);
  });
});
