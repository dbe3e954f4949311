import {
  addDays,
  computeInsights,
  DEFAULT_INSIGHT_THRESHOLDS,
  summarizeInsightData,
  type InsightData,
  type InsightDeveloperDay,
  type InsightPeople,
  type InsightQuotaDays,
  type InsightThresholds,
  type InsightUser,
} from '@devpulse/domain';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { queryPeriodSummary } from '../metrics/rollups/period-summary.query';
import { processRollupQueue } from '../metrics/rollups/rollup-queue';
import { INSIGHTS_QUERY } from '../metrics/testing/metrics-documents';
import { clearUsage, seedDevelopers, seedUsage, type FixtureRow } from '../metrics/testing/seed-usage';
import { queryInsightInput } from './insight-input.query';
import { queryRollupInsightInput } from './rollup-insight-input.query';

const FIRST_DAY = '2025-06-02';
const SPAN_DAYS = 21;
/** Twelve developers, two known only by email: more than any ranking lists, so the SQL has to cut. */
const DEVELOPERS = Array.from({ length: 12 }, (_, i) => ({
  id: `00000000-0000-4000-c000-0000000000${String(i + 10)}`,
  label: i < 10 ? `dev${String.fromCharCode(97 + i)}` : `dev${i}@example.com`,
}));
const TOOLS = [
  { tool: 'copilot', source: 'COPILOT' as const },
  { tool: 'claude_code', source: 'CLAUDE_CODE' as const },
];

// Few distinct values, so totals, rates and developer-days tie often at every cut.
const rowArbitrary = fc.record({
  developer: fc.integer({ min: 0, max: DEVELOPERS.length - 1 }),
  tool: fc.integer({ min: 0, max: TOOLS.length - 1 }),
  dayOffset: fc.integer({ min: 0, max: SPAN_DAYS - 1 }),
  generations: fc.constantFrom(0, 25, 50, 300, 600),
  acceptances: fc.constantFrom(0, 20, 35, 50),
  linesAdded: fc.constantFrom(0, 5, 40),
});
const thresholdsArbitrary = fc.oneof(
  fc.constant({ ...DEFAULT_INSIGHT_THRESHOLDS }),
  fc.record({
    ...Object.fromEntries(Object.entries(DEFAULT_INSIGHT_THRESHOLDS).map(([key, value]) => [key, fc.constant(value)])),
    powerUserTopShare: fc.constantFrom(0.1, 0.5),
    powerUserMax: fc.integer({ min: 0, max: 3 }),
    highAcceptanceRate: fc.constantFrom(0.4, 0.7),
    highAcceptanceMinGenerations: fc.constantFrom(0, 50, 100),
    highAcceptanceMax: fc.integer({ min: 0, max: 3 }),
    topLinesMax: fc.integer({ min: 0, max: 3 }),
    quotaGenerations: fc.constantFrom(299, 500, 600),
    quotaMax: fc.integer({ min: 0, max: 3 }),
  }) as fc.Arbitrary<InsightThresholds>,
);
const datasetArbitrary = fc.record({
  rows: fc.uniqueArray(rowArbitrary, {
    selector: (row) => `${row.developer}|${row.tool}|${row.dayOffset}`,
    minLength: 20,
    maxLength: 120,
  }),
  from: fc.integer({ min: 0, max: 6 }),
  length: fc.integer({ min: 1, max: SPAN_DAYS }),
  thresholds: thresholdsArbitrary,
});
type Dataset = typeof datasetArbitrary extends fc.Arbitrary<infer T> ? T : never;

function fixtureRows(dataset: Dataset): FixtureRow[] {
  return dataset.rows.map((row) => {
    const tool = TOOLS[row.tool] ?? TOOLS[0];
    return {
      developerId: DEVELOPERS[row.developer]?.id ?? '',
      source: tool?.source ?? 'COPILOT',
      tool: tool?.tool ?? 'copilot',
      day: addDays(FIRST_DAY, row.dayOffset),
      counters: {
        generations: row.generations,
        acceptances: row.acceptances,
        interactions: 0,
        linesAdded: row.linesAdded,
        linesDeleted: 0,
      },
      breakdowns: [],
    };
  });
}

/** The insight data computed here from the fixture, independently of any SQL. */
function expectedData(dataset: Dataset, from: string, to: string): InsightData {
  const inPeriod = dataset.rows.filter((row) => {
    const day = addDays(FIRST_DAY, row.dayOffset);
    return day >= from && day <= to;
  });
  const users = new Map<number, InsightUser>();
  const developerDays = new Map<string, InsightDeveloperDay & { acceptances: number }>();
  for (const row of inPeriod) {
    const label = DEVELOPERS[row.developer]?.label ?? '';
    const user = users.get(row.developer) ?? { label, generations: 0, acceptances: 0, linesAdded: 0 };
    users.set(row.developer, {
      ...user,
      generations: user.generations + row.generations,
      acceptances: user.acceptances + row.acceptances,
      linesAdded: user.linesAdded + row.linesAdded,
    });
    const day = addDays(FIRST_DAY, row.dayOffset);
    const key = `${row.developer}|${day}`;
    const entry = developerDays.get(key) ?? { label, day, generations: 0, acceptances: 0 };
    developerDays.set(key, {
      ...entry,
      generations: entry.generations + row.generations,
      acceptances: entry.acceptances + row.acceptances,
    });
  }
  const days = Array.from({ length: daysBetween(from, to) }, (_, i) => addDays(from, i)).map((day) => ({
    day,
    generations: [...developerDays.values()].filter((e) => e.day === day).reduce((sum, e) => sum + e.generations, 0),
  }));
  const all = [...developerDays.values()];
  return {
    users: [...users.values()],
    days,
    quotaDays: all.map(({ label, day, generations }) => ({ label, day, generations })),
    zeroAcceptanceDeveloperDays: all.filter((e) => e.generations > 0 && e.acceptances === 0).length,
    periodDays: days.length,
  };
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
}

/** Leaders and busiest days are sets: compared in a canonical order. */
function canonicalPeople(people: InsightPeople | null) {
  const leaders = [...(people?.leaders ?? [])].sort((a, b) => (a.label < b.label ? -1 : 1));
  return { ...people, leaders };
}

function canonicalQuota(quota: InsightQuotaDays) {
  const key = (e: InsightDeveloperDay) => `${e.label}|${e.day}`;
  return { ...quota, busiest: [...quota.busiest].sort((a, b) => (key(a) < key(b) ? -1 : 1)) };
}

describe('insight input in SQL equals the domain’s summary of the same data (property)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('for random rows, periods and thresholds: counts, leaders, busiest days and the insights, both read paths', async () => {
    const dataSource = app.db.database.dataSource;
    const metrics = app.server.services.metrics;
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (dataset) => {
        await clearUsage(dataSource, app.orgA.id);
        await seedDevelopers(
          dataSource,
          app.orgA.id,
          DEVELOPERS.map((d) => ({
            id: d.id,
            displayName: `Name ${d.label}`,
            ...(d.label.includes('@') ? { email: d.label } : { githubLogin: d.label }),
          })),
        );
        await seedUsage(dataSource, app.orgA.id, fixtureRows(dataset));
        await metrics.rollups.drain();
        await processRollupQueue(dataSource, app.orgA.id);
        await dataSource.query(
          `UPDATE organizations SET settings = jsonb_build_object('insightThresholds', $2::jsonb) WHERE id = $1`,
          [app.orgA.id, JSON.stringify(dataset.thresholds)],
        );
        const from = addDays(FIRST_DAY, dataset.from);
        const to = addDays(FIRST_DAY, Math.min(dataset.from + dataset.length, SPAN_DAYS) - 1);
        const { thresholds } = dataset;
        const expected = summarizeInsightData(expectedData(dataset, from, to), thresholds);

        const filter = await metrics.resolveFilter(app.orgA.id, { from, to });
        expect(filter.rollupsPending).toBe(false);
        const scan = await queryInsightInput(dataSource, filter, thresholds);
        const summary = await queryPeriodSummary(dataSource, app.orgA.id, 'ALL', filter, { people: thresholds });
        const rollup = await queryRollupInsightInput(dataSource, filter, 'ALL', thresholds);
        expect(canonicalPeople(scan.people)).toEqual(canonicalPeople(expected.people));
        expect(canonicalPeople(summary.people)).toEqual(canonicalPeople(expected.people));
        expect(canonicalQuota(scan.quotaDays)).toEqual(canonicalQuota(expected.quotaDays));
        expect(canonicalQuota(rollup.quotaDays)).toEqual(canonicalQuota(expected.quotaDays));
        expect(rollup.zeroAcceptanceDeveloperDays).toBe(expected.zeroAcceptanceDeveloperDays);
        expect(rollup.days).toEqual(expected.days);

        // Through the API: organization-wide (rollups) and listing every developer (row scan).
        // GraphQL enum values are upper case.
        const insights = computeInsights(expected, thresholds).map((i) => ({
          ...i,
          severity: i.severity.toUpperCase(),
        }));
        const developerIds = DEVELOPERS.map((d) => d.id);
        for (const variables of [
          { from, to },
          { from, to, developerIds },
        ]) {
          const response = await app.graphql<{ insights: unknown[] }>(INSIGHTS_QUERY, { filter: variables });
          expect(response.errors).toBeUndefined();
          expect(response.data?.insights).toEqual(insights);
        }
      }),
      // Each run writes and reads a real database: a modest number of runs, a fixed seed for reproducible CI.
      { numRuns: 25, seed: 20261125 },
    );
  });
});
