import {
  addDays,
  aggregateInMemory,
  type MetricSource,
  type StoredBreakdown,
  type StoredDailyRow,
} from '@devpulse/domain';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { METRICS_QUERY, type MetricsResult } from './testing/metrics-documents';
import { clearUsage, seedDevelopers, seedUsage } from './testing/seed-usage';

const FIRST_DAY = '2025-05-01';
const DEVELOPERS = Array.from({ length: 5 }, (_, i) => ({
  id: `00000000-0000-4000-a000-00000000000${i + 1}`,
  login: ['kai', 'ana', 'Ben', 'cy', 'dee'][i] ?? 'x',
}));
const TOOLS: readonly { tool: string; source: MetricSource }[] = [
  { tool: 'copilot', source: 'COPILOT' },
  { tool: 'claude_code', source: 'CLAUDE_CODE' },
  { tool: 'cursor', source: 'OTHER' },
];
const CELLS: readonly Pick<StoredBreakdown, 'dimension' | 'key' | 'key2'>[] = [
  { dimension: 'ide', key: 'vscode', key2: '' },
  { dimension: 'ide', key: 'jetbrains', key2: '' },
  { dimension: 'feature', key: 'code_completion', key2: '' },
  { dimension: 'feature', key: 'agent_edit', key2: '' },
  { dimension: 'language_feature', key: 'typescript', key2: 'code_completion' },
  { dimension: 'language_feature', key: 'python', key2: 'agent_edit' },
  { dimension: 'language_model', key: 'typescript', key2: 'gpt-4.1' },
  { dimension: 'language_model', key: 'python', key2: 'claude-sonnet-4.5' },
];

const counter = fc.integer({ min: 0, max: 60 });
const rowArbitrary = fc.record({
  developer: fc.integer({ min: 0, max: DEVELOPERS.length - 1 }),
  tool: fc.integer({ min: 0, max: TOOLS.length - 1 }),
  dayOffset: fc.integer({ min: 0, max: 9 }),
  counters: fc.record({
    generations: counter,
    acceptances: counter,
    interactions: fc.integer({ min: 0, max: 3 }),
    linesAdded: counter,
    linesDeleted: counter,
  }),
  cells: fc.subarray([...CELLS.keys()]),
  cellCounters: fc.array(fc.tuple(counter, counter, fc.integer({ min: 0, max: 3 })), {
    minLength: CELLS.length,
    maxLength: CELLS.length,
  }),
});
const datasetArbitrary = fc.record({
  rows: fc.uniqueArray(rowArbitrary, {
    selector: (row) => `${row.developer}|${row.tool}|${row.dayOffset}`,
    maxLength: 40,
  }),
  from: fc.integer({ min: 0, max: 11 }),
  length: fc.integer({ min: 1, max: 12 }),
  sources: fc.subarray(TOOLS.map((tool) => tool.source)),
  developers: fc.subarray([...DEVELOPERS.keys()], { maxLength: 3 }),
});

type Dataset = typeof datasetArbitrary extends fc.Arbitrary<infer T> ? T : never;

function storedRows(dataset: Dataset): StoredDailyRow[] {
  return dataset.rows.map((row) => {
    const developer = DEVELOPERS[row.developer] ?? DEVELOPERS[0];
    const tool = TOOLS[row.tool] ?? TOOLS[0];
    if (!developer || !tool) throw new Error('fixture tables are not empty');
    return {
      developerId: developer.id,
      label: developer.login,
      source: tool.source,
      tool: tool.tool,
      day: addDays(FIRST_DAY, row.dayOffset),
      counters: row.counters,
      breakdowns: row.cells.map((index) => {
        const [generations, acceptances, interactions] = row.cellCounters[index] ?? [0, 0, 0];
        const cell = CELLS[index] ?? CELLS[0];
        if (!cell) throw new Error('fixture tables are not empty');
        return {
          ...cell,
          generations,
          acceptances,
          interactions,
          locSuggestedAdd: 0,
          locSuggestedDelete: 0,
          linesAdded: 0,
          linesDeleted: 0,
        };
      }),
    };
  });
}

const sum = <T>(items: readonly T[], value: (item: T) => number) =>
  items.reduce((total, item) => total + value(item), 0);
const withoutApiExtras = ({
  key,
  label,
  generations,
  acceptances,
  acceptanceRate,
}: MetricsResult['metrics']['byIde'][number]) => ({
  key,
  label,
  generations,
  acceptances,
  acceptanceRate,
});

describe('metrics agree with the in-memory reference on random data (property)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('per-day sums, per-user sums and KPIs agree with each other and with aggregateInMemory', async () => {
    const dataSource = app.db.database.dataSource;
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (dataset) => {
        await clearUsage(dataSource, app.orgA.id);
        await seedDevelopers(
          dataSource,
          app.orgA.id,
          DEVELOPERS.map((d) => ({ id: d.id, displayName: `Name ${d.login}`, githubLogin: d.login })),
        );
        const rows = storedRows(dataset);
        await seedUsage(dataSource, app.orgA.id, rows);
        const filter = {
          from: addDays(FIRST_DAY, dataset.from),
          to: addDays(FIRST_DAY, dataset.from + dataset.length - 1),
          sources: dataset.sources,
          developerIds: dataset.developers.map((index) => DEVELOPERS[index]?.id ?? ''),
        };
        const response = await app.graphql<MetricsResult>(METRICS_QUERY, { filter });
        expect(response.errors).toBeUndefined();
        const actual = response.data?.metrics;
        if (!actual) throw new Error('no data');
        const expected = aggregateInMemory(rows, filter);

        expect(actual.kpis).toEqual(expected.kpis);
        expect(actual.byDay).toEqual(expected.byDay);
        expect(actual.byUser.map(({ developer, ...user }) => ({ developerId: developer.id, ...user }))).toEqual(
          expected.byUser,
        );
        expect(actual.engagement).toEqual(expected.engagement);
        expect(actual.byIde.map(withoutApiExtras)).toEqual(expected.byIde);
        expect(actual.byLanguage.map(withoutApiExtras)).toEqual(expected.byLanguage);
        expect(actual.byFeature.map(withoutApiExtras)).toEqual(expected.byFeature);
        expect(actual.byModel.map(withoutApiExtras)).toEqual(expected.byModel);

        // Totals equal the sum of their parts, whichever way the parts are cut.
        for (const field of ['generations', 'acceptances', 'linesAdded', 'linesDeleted', 'interactions'] as const) {
          const total =
            field === 'generations'
              ? actual.kpis.totalGenerations
              : field === 'acceptances'
                ? actual.kpis.totalAcceptances
                : actual.kpis[field];
          expect(sum(actual.byDay, (day) => day[field])).toBe(total);
          expect(sum(actual.byUser, (user) => user[field])).toBe(total);
        }
        expect(sum(actual.byDay, (day) => day.activeUsers)).toBe(actual.kpis.activeDays);
        expect(sum(actual.byUser, (user) => user.daysActive)).toBe(actual.kpis.activeDays);
        expect(actual.byUser.filter((user) => user.daysActive > 0)).toHaveLength(actual.kpis.activeUsers);
        expect(sum(actual.engagement, (bucket) => bucket.developers)).toBe(actual.kpis.activeUsers);
        for (const chart of [actual.byIde, actual.byLanguage, actual.byFeature, actual.byModel]) {
          if (chart.length > 0 && sum(chart, (entry) => entry.generations) > 0) {
            expect(sum(chart, (entry) => entry.share ?? 0)).toBeCloseTo(1, 10);
          }
        }
      }),
      // Each run writes and reads a real database: a modest number of runs, a fixed seed for reproducible CI.
      { numRuns: 15, seed: 4242 },
    );
  });
});
