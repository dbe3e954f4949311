import { DEFAULT_INSIGHT_THRESHOLDS, type InsightInput, type InsightUser } from './insight';
import { summarizeInsightData } from './insight-summary';
import { powerUsersInsight } from './power-users.insight';

function input(users: InsightUser[]): InsightInput {
  const data = { users, days: [], quotaDays: [], zeroAcceptanceDeveloperDays: 0, periodDays: 28 };
  return summarizeInsightData(data, DEFAULT_INSIGHT_THRESHOLDS);
}

function user(label: string, generations: number): InsightUser {
  return { label, generations, acceptances: 0, linesAdded: 0 };
}

/** `count` users named u01, u02, … with generations count, count − 1, … 1. */
function ranked(count: number): InsightUser[] {
  return Array.from({ length: count }, (_, i) => user(`u${String(i + 1).padStart(2, '0')}`, count - i));
}

describe('powerUsersInsight', () => {
  it('lists the top 10% of developers by generations, rounded up', () => {
    // 12 developers: ceil(0.1 × 12) = ceil(1.2) = 2
    const insight = powerUsersInsight(input(ranked(12)), DEFAULT_INSIGHT_THRESHOLDS);
    expect(insight).toEqual({
      kind: 'POWER_USERS',
      severity: 'info',
      title: 'Power users',
      detail: 'The top 10% of 12 developers by generations.',
      items: [
        { label: 'u01', value: '12 generations' },
        { label: 'u02', value: '11 generations' },
      ],
    });
  });

  it('takes exactly 10% when it is whole, despite binary arithmetic', () => {
    // 0.1 × 30 = 3.0000000000000004 in floating point; the top 10% of 30 is 3
    expect(powerUsersInsight(input(ranked(30)), DEFAULT_INSIGHT_THRESHOLDS)?.items).toHaveLength(3);
  });

  it('lists at most 5', () => {
    // 100 developers: 10% = 10, capped at 5
    const items = powerUsersInsight(input(ranked(100)), DEFAULT_INSIGHT_THRESHOLDS)?.items ?? [];
    expect(items.map((item) => item.label)).toEqual(['u01', 'u02', 'u03', 'u04', 'u05']);
  });

  it('lists at least one developer when anyone has generations', () => {
    // 3 developers: ceil(0.3) = 1; with a share of 0 still 1
    expect(powerUsersInsight(input(ranked(3)), DEFAULT_INSIGHT_THRESHOLDS)?.items).toHaveLength(1);
    expect(
      powerUsersInsight(input(ranked(3)), { ...DEFAULT_INSIGHT_THRESHOLDS, powerUserTopShare: 0 })?.items,
    ).toHaveLength(1);
  });

  it('counts every developer in the share but lists only those with generations', () => {
    // 60 developers: 10% = 6 → 5, but only two generated anything
    const users = [user('busy', 900), user('some', 1), ...Array.from({ length: 58 }, (_, i) => user(`idle${i}`, 0))];
    const insight = powerUsersInsight(input(users), DEFAULT_INSIGHT_THRESHOLDS);
    expect(insight?.items).toEqual([
      { label: 'busy', value: '900 generations' },
      { label: 'some', value: '1 generation' },
    ]);
    expect(insight?.detail).toBe('The top 10% of 60 developers by generations.');
  });

  it('breaks ties at the cut by label', () => {
    expect(
      powerUsersInsight(input([user('bob', 100), user('alice', 100), user('carol', 1)]), DEFAULT_INSIGHT_THRESHOLDS)
        ?.items,
    ).toEqual([{ label: 'alice', value: '100 generations' }]);
  });

  it('says nothing when nobody has generations', () => {
    expect(powerUsersInsight(input([user('alice', 0)]), DEFAULT_INSIGHT_THRESHOLDS)).toBeNull();
    expect(powerUsersInsight(input([]), DEFAULT_INSIGHT_THRESHOLDS)).toBeNull();
  });
});
