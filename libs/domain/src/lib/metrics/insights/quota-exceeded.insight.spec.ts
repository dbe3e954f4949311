import {
  DEFAULT_INSIGHT_THRESHOLDS,
  type InsightDeveloperDay,
  type InsightInput,
  type InsightThresholds,
} from './insight';
import { summarizeInsightData } from './insight-summary';
import { quotaExceededInsight } from './quota-exceeded.insight';

function input(
  quotaDays: InsightDeveloperDay[],
  thresholds: InsightThresholds = DEFAULT_INSIGHT_THRESHOLDS,
): InsightInput {
  return summarizeInsightData(
    { users: [], days: [], quotaDays, zeroAcceptanceDeveloperDays: 0, periodDays: 28 },
    thresholds,
  );
}

describe('quotaExceededInsight', () => {
  it('lists developer-days over 500 generations, busiest first, and counts them all', () => {
    const quotaDays = [
      { label: 'bob', day: '2025-10-02', generations: 501 },
      { label: 'carol', day: '2025-10-01', generations: 500 }, // not over: the quota is "more than 500"
      { label: 'alice', day: '2025-10-03', generations: 612 },
      { label: 'dave', day: '2025-10-04', generations: 1900 },
      { label: 'alice', day: '2025-10-01', generations: 612 }, // ties with alice's 10-03: earlier day first
      { label: 'erin', day: '2025-10-05', generations: 700 },
      { label: 'frank', day: '2025-10-06', generations: 505 },
      { label: 'gina', day: '2025-10-06', generations: 12 },
    ];
    // over 500: dave 1900, erin 700, alice 612 ×2, frank 505, bob 501 = 6; the first 5 are listed
    expect(quotaExceededInsight(input(quotaDays), DEFAULT_INSIGHT_THRESHOLDS)).toEqual({
      kind: 'QUOTA_EXCEEDED',
      severity: 'warning',
      title: 'Over 500 generations in a day',
      detail: '6 developer-days with more than 500 generations.',
      items: [
        { label: 'dave on 2025-10-04 (1,900)', value: '1,900 generations' },
        { label: 'erin on 2025-10-05 (700)', value: '700 generations' },
        { label: 'alice on 2025-10-01 (612)', value: '612 generations' },
        { label: 'alice on 2025-10-03 (612)', value: '612 generations' },
        { label: 'frank on 2025-10-06 (505)', value: '505 generations' },
      ],
    });
  });

  it('uses the organization quota', () => {
    const thresholds = { ...DEFAULT_INSIGHT_THRESHOLDS, quotaGenerations: 100 };
    const insight = quotaExceededInsight(
      input([{ label: 'a', day: '2025-10-01', generations: 150 }], thresholds),
      thresholds,
    );
    expect(insight?.title).toBe('Over 100 generations in a day');
    expect(insight?.detail).toBe('1 developer-day with more than 100 generations.');
  });

  it('says nothing when no day is over the quota', () => {
    expect(
      quotaExceededInsight(input([{ label: 'a', day: '2025-10-01', generations: 500 }]), DEFAULT_INSIGHT_THRESHOLDS),
    ).toBeNull();
  });
});
