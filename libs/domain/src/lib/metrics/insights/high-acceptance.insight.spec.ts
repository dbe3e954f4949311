import { highAcceptanceInsight } from './high-acceptance.insight';
import { DEFAULT_INSIGHT_THRESHOLDS, type InsightInput, type InsightUser } from './insight';
import { summarizeInsightData } from './insight-summary';

function input(users: InsightUser[]): InsightInput {
  const data = { users, days: [], quotaDays: [], zeroAcceptanceDeveloperDays: 0, periodDays: 28 };
  return summarizeInsightData(data, DEFAULT_INSIGHT_THRESHOLDS);
}

function user(label: string, acceptances: number, generations: number): InsightUser {
  return { label, generations, acceptances, linesAdded: 0 };
}

describe('highAcceptanceInsight', () => {
  it('lists developers with a rate of at least 70% over at least 50 generations, highest rate first', () => {
    const users = [
      user('a', 40, 50), // 0.8 ✓
      user('b', 35, 50), // 0.7 ✓ exactly at the threshold
      user('c', 90, 100), // 0.9 ✓
      user('d', 48, 49), // 0.98 but only 49 generations ✗
      user('e', 60, 100), // 0.6 ✗
      user('f', 0, 0), // no rate ✗
      user('g', 120, 100), // 1.2 ✓ more acceptances than generations, reported as is
    ];
    expect(highAcceptanceInsight(input(users), DEFAULT_INSIGHT_THRESHOLDS)).toEqual({
      kind: 'HIGH_ACCEPTANCE',
      severity: 'success',
      title: 'High acceptance rate',
      detail: '4 of 7 developers accept at least 70% of generations (with at least 50 generations).',
      items: [
        { label: 'g', value: '120%' },
        { label: 'c', value: '90%' },
        { label: 'a', value: '80%' },
        { label: 'b', value: '70%' },
      ],
    });
  });

  it('lists at most 5, equal rates by label', () => {
    const users = ['f', 'e', 'd', 'c', 'b', 'a'].map((label) => user(label, 75, 100)).concat(user('top', 99, 100));
    const insight = highAcceptanceInsight(input(users), DEFAULT_INSIGHT_THRESHOLDS);
    // top 0.99, then five at 0.75 ordered a, b, c, d → cut at 5
    expect(insight?.items.map((item) => item.label)).toEqual(['top', 'a', 'b', 'c', 'd']);
    expect(insight?.detail).toMatch(/^7 of 7 developers/);
  });

  it('says nothing when nobody qualifies', () => {
    expect(
      highAcceptanceInsight(input([user('a', 69, 100), user('b', 10, 10)]), DEFAULT_INSIGHT_THRESHOLDS),
    ).toBeNull();
  });
});
