import fc from 'fast-check';
import { computeInsights } from './compute-insights';
import { DEFAULT_INSIGHT_THRESHOLDS, type InsightData, type InsightInput, type InsightThresholds } from './insight';
import { insightLeaders, leadersWithTies, summarizeInsightData, summarizeQuotaDays } from './insight-summary';

describe('leadersWithTies', () => {
  const value = (entry: { v: number }) => entry.v;

  it('keeps the first entries of the ranking and everyone tied with the last of them, in input order', () => {
    const entries = [{ v: 3 }, { v: 9 }, { v: 5 }, { v: 5 }, { v: 1 }, { v: 5 }];
    // the 2nd largest is 5: 9 and every 5
    expect(leadersWithTies(entries, value, 2)).toEqual([{ v: 9 }, { v: 5 }, { v: 5 }, { v: 5 }]);
    expect(leadersWithTies(entries, value, 1)).toEqual([{ v: 9 }]);
  });

  it('keeps everything when there are no more entries than places, nothing when there are no places', () => {
    expect(leadersWithTies([{ v: 1 }, { v: 2 }], value, 5)).toEqual([{ v: 1 }, { v: 2 }]);
    expect(leadersWithTies([{ v: 1 }], value, 0)).toEqual([]);
  });
});

describe('insightLeaders', () => {
  it('is the union of the three rankings’ leaders, each developer once', () => {
    const thresholds = { ...DEFAULT_INSIGHT_THRESHOLDS, powerUserMax: 1, highAcceptanceMax: 1, topLinesMax: 1 };
    const users = [
      { label: 'gen', generations: 900, acceptances: 0, linesAdded: 1 }, // most generations
      { label: 'rate', generations: 60, acceptances: 59, linesAdded: 0 }, // highest qualifying rate
      { label: 'lines', generations: 10, acceptances: 0, linesAdded: 500 }, // most lines
      { label: 'none', generations: 5, acceptances: 1, linesAdded: 2 },
    ];
    expect(insightLeaders(users, thresholds).map((user) => user.label)).toEqual(['gen', 'rate', 'lines']);
  });
});

describe('summarizeQuotaDays', () => {
  it('counts the developer-days over the quota and keeps the busiest with the ties at the cut', () => {
    const days = [400, 501, 700, 600, 600, 501, 900].map((generations, i) => ({
      label: `d${i}`,
      day: '2025-10-01',
      generations,
    }));
    const summary = summarizeQuotaDays(days, { ...DEFAULT_INSIGHT_THRESHOLDS, quotaMax: 3 });
    expect(summary.count).toBe(6);
    expect(summary.busiest.map((entry) => entry.generations)).toEqual([700, 600, 600, 900]);
  });
});

/** The rules' input without the reduction: every developer and every developer-day over the quota. */
function unreduced(data: InsightData, thresholds: InsightThresholds): InsightInput {
  const reduced = summarizeInsightData(data, thresholds);
  const over = data.quotaDays.filter((entry) => entry.generations > thresholds.quotaGenerations);
  return {
    ...reduced,
    people: { ...reduced.people, leaders: data.users },
    quotaDays: { count: over.length, busiest: over },
  };
}

describe('summarizeInsightData (property)', () => {
  // Few distinct values and labels, so ties at every cut are common.
  const user = fc.record({
    label: fc.constantFrom('ana', 'ben', 'cy', 'dee', 'B', 'ana2', 'émile'),
    generations: fc.constantFrom(0, 1, 50, 60, 100, 600),
    acceptances: fc.constantFrom(0, 1, 35, 42, 50, 70, 100),
    linesAdded: fc.constantFrom(0, 3, 10, 10, 80),
  });
  const developerDay = fc.record({
    label: fc.constantFrom('ana', 'ben', 'cy'),
    day: fc.constantFrom('2025-10-01', '2025-10-02', '2025-10-03'),
    generations: fc.constantFrom(10, 500, 501, 650, 650, 900),
  });
  const thresholds = fc.record({
    powerUserTopShare: fc.constantFrom(0, 0.1, 0.5, 1),
    powerUserMax: fc.integer({ min: 0, max: 4 }),
    highAcceptanceRate: fc.constantFrom(0.5, 0.7, 1),
    highAcceptanceMinGenerations: fc.constantFrom(0, 1, 50),
    highAcceptanceMax: fc.integer({ min: 0, max: 4 }),
    topLinesMax: fc.integer({ min: 0, max: 4 }),
    quotaGenerations: fc.constantFrom(500, 600),
    quotaMax: fc.integer({ min: 0, max: 4 }),
    trendMinDays: fc.constant(14),
    trendWarningDrop: fc.constant(0.1),
  });
  const data = fc.record({
    users: fc.array(user, { maxLength: 30 }),
    days: fc.constant([]),
    quotaDays: fc.array(developerDay, { maxLength: 20 }),
    zeroAcceptanceDeveloperDays: fc.nat(5),
    periodDays: fc.constant(28),
  });

  it('gives the same insights as every developer and every developer-day over the quota', () => {
    fc.assert(
      fc.property(data, thresholds, (sample, limits) => {
        expect(computeInsights(summarizeInsightData(sample, limits), limits)).toEqual(
          computeInsights(unreduced(sample, limits), limits),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same insights from any superset of the leaders, in any order', () => {
    fc.assert(
      fc.property(
        data,
        thresholds,
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (sample, limits, extra) => {
          const summary = summarizeInsightData(sample, limits);
          const leaders = new Set(summary.people.leaders);
          const superset = sample.users.filter((entry, i) => leaders.has(entry) || extra[i]).reverse();
          const widened = { ...summary, people: { ...summary.people, leaders: superset } };
          expect(computeInsights(widened, limits)).toEqual(computeInsights(summary, limits));
        },
      ),
      { numRuns: 300 },
    );
  });
});
