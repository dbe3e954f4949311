import type { TooltipItem } from 'chart.js';
import { AcceptanceRateChart } from './acceptance-rate-chart';
import { dayAggregate as day, renderChart } from './testing/render-chart';

describe('AcceptanceRateChart', () => {
  // Nine days with a day without generations (11-03) in the middle.
  const days = [
    day('2026-11-01', { generations: 100, acceptances: 80, acceptanceRate: 0.8 }),
    day('2026-11-02', { generations: 50, acceptances: 10, acceptanceRate: 0.2 }),
    day('2026-11-03', { generations: 0, acceptances: 0, acceptanceRate: null }),
    day('2026-11-04', { generations: 50, acceptances: 40, acceptanceRate: 0.8 }),
    day('2026-11-05', { generations: 100, acceptances: 50, acceptanceRate: 0.5 }),
    day('2026-11-06', { generations: 100, acceptances: 60, acceptanceRate: 0.6 }),
    day('2026-11-07', { generations: 100, acceptances: 70, acceptanceRate: 0.7 }),
    day('2026-11-08', { generations: 200, acceptances: 50, acceptanceRate: 0.25 }),
    day('2026-11-09', { generations: 0, acceptances: 0, acceptanceRate: null }),
  ];

  it('draws the daily rate with gaps where there were no generations, never as 0', async () => {
    const fixture = await renderChart(AcceptanceRateChart, { days: [...days].reverse() });
    const [daily] = fixture.componentInstance.chart().data.datasets;
    expect(fixture.componentInstance.chart().data.labels?.[0]).toBe('2026-11-01');
    expect(daily?.data).toEqual([0.8, 0.2, null, 0.8, 0.5, 0.6, 0.7, 0.25, null]);
    expect(daily?.spanGaps).toBe(false);
  });

  it('draws the 7-day rate as Σ acceptances ÷ Σ generations over the trailing 7 days', async () => {
    const fixture = await renderChart(AcceptanceRateChart, { days });
    const [, trailing] = fixture.componentInstance.chart().data.datasets;
    expect(trailing?.spanGaps).toBe(false);
    expect(trailing?.label).toBe('7-day rate');
    expect(trailing?.data).toEqual([
      80 / 100, // 11-01
      90 / 150, // 11-01..02
      90 / 150, // 11-01..03: the empty day adds nothing
      130 / 200, // 11-01..04
      180 / 300, // 11-01..05
      240 / 400, // 11-01..06
      310 / 500, // 11-01..07 (7 days)
      280 / 600, // 11-02..08: 11-01 left the window
      270 / 550, // 11-03..09: 11-02 left the window
    ]);
  });

  it('formats the axis as percent and shows exact counts in the tooltip', async () => {
    const fixture = await renderChart(AcceptanceRateChart, { days });
    const { options } = fixture.componentInstance.chart();
    expect(options?.scales?.['y']?.ticks?.callback?.call(undefined as never, 0.7, 0, [])).toBe('70%');
    const label = options?.plugins?.tooltip?.callbacks?.label;
    expect(label?.call(undefined as never, { datasetIndex: 0, dataIndex: 7 } as TooltipItem<'line'>)).toBe(
      'Daily rate: 25% (50 of 200)',
    );
    expect(label?.call(undefined as never, { datasetIndex: 1, dataIndex: 7 } as TooltipItem<'line'>)).toBe(
      '7-day rate: 46.67% (280 of 600)',
    );
  });

  it('exports the daily and 7-day counts and rates, empty where there is no rate', async () => {
    const fixture = await renderChart(AcceptanceRateChart, { days: days.slice(0, 3) });
    expect(fixture.componentInstance.csv()).toEqual({
      header: [
        'Day',
        'Generations',
        'Acceptances',
        'Acceptance rate',
        '7-day generations',
        '7-day acceptances',
        '7-day acceptance rate',
      ],
      rows: [
        ['2026-11-01', 100, 80, 0.8, 100, 80, 0.8],
        ['2026-11-02', 50, 10, 0.2, 150, 90, 0.6],
        ['2026-11-03', 0, 0, null, 150, 90, 0.6],
      ],
    });
    expect(fixture.componentInstance.summary()).toContain('90 of 150 generations accepted (60%) over 3 days');
    expect(fixture.componentInstance.summary()).toContain('1 day has no generations and no rate.');
  });

  it.each([
    [[], 'No data in this period'],
    [[day('2026-11-01', { interactions: 4 })], 'No code completions in this period'],
  ])('explains an empty chart', async (input, reason) => {
    const fixture = await renderChart(AcceptanceRateChart, { days: input });
    expect(fixture.componentInstance.emptyReason()).toBe(reason);
    expect(fixture.nativeElement.querySelector('.chart-card-empty')?.textContent).toContain(reason);
  });
});
