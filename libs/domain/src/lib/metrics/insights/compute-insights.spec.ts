import { addDays } from '../../normalize/day';
import { computeInsights } from './compute-insights';
import { DEFAULT_INSIGHT_THRESHOLDS, type InsightData } from './insight';
import { summarizeInsightData } from './insight-summary';

describe('computeInsights', () => {
  it('returns every insight with something to say, in a fixed order', () => {
    const data: InsightData = {
      users: [
        { label: 'alice', generations: 800, acceptances: 600, linesAdded: 2000 }, // rate 0.75
        { label: 'bob', generations: 100, acceptances: 30, linesAdded: 0 }, // rate 0.3
      ],
      // 14 days: previous week 0, last week 900 on the last day
      days: Array.from({ length: 14 }, (_, i) => ({ day: addDays('2025-10-01', i), generations: i === 13 ? 900 : 0 })),
      quotaDays: [{ label: 'alice', day: '2025-10-14', generations: 800 }],
      zeroAcceptanceDeveloperDays: 3,
      periodDays: 14,
    };
    const insights = computeInsights(summarizeInsightData(data, DEFAULT_INSIGHT_THRESHOLDS));
    expect(insights.map((insight) => [insight.kind, insight.severity])).toEqual([
      ['POWER_USERS', 'info'],
      ['HIGH_ACCEPTANCE', 'success'],
      ['TOP_LINES_ADDED', 'info'],
      ['QUOTA_EXCEEDED', 'warning'],
      ['TREND', 'success'],
      ['ZERO_ACCEPTANCE', 'info'],
    ]);
    // ceil(0.1 × 2) = 1 power user
    expect(insights[0]?.items).toEqual([{ label: 'alice', value: '800 generations' }]);
    expect(insights[1]?.items).toEqual([{ label: 'alice', value: '75%' }]); // 600 / 800
  });

  it('returns nothing for an empty period', () => {
    expect(
      computeInsights(
        summarizeInsightData(
          { users: [], days: [], quotaDays: [], zeroAcceptanceDeveloperDays: 0, periodDays: 0 },
          DEFAULT_INSIGHT_THRESHOLDS,
        ),
      ),
    ).toEqual([]);
  });

  it('applies organization thresholds', () => {
    const data: InsightData = {
      users: [{ label: 'alice', generations: 20, acceptances: 10, linesAdded: 0 }], // rate 0.5 over 20
      days: [],
      quotaDays: [],
      zeroAcceptanceDeveloperDays: 0,
      periodDays: 1,
    };
    expect(
      computeInsights(summarizeInsightData(data, DEFAULT_INSIGHT_THRESHOLDS)).map((insight) => insight.kind),
    ).toEqual(['POWER_USERS']);
    const relaxed = { ...DEFAULT_INSIGHT_THRESHOLDS, highAcceptanceRate: 0.5, highAcceptanceMinGenerations: 20 };
    expect(computeInsights(summarizeInsightData(data, relaxed), relaxed).map((insight) => insight.kind)).toEqual([
      'POWER_USERS',
      'HIGH_ACCEPTANCE',
    ]);
  });
});
