import { addDays, type MetricSource } from '@devpulse/domain';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import { refreshRollups } from '../dimension-rollups';
import { INSIGHTS_QUERY, METRICS_QUERY, type MetricsResult } from '../testing/metrics-documents';
import { clearUsage, seedDevelopers, seedUsage, type FixtureRow } from '../testing/seed-usage';
import { processRollupQueue } from './rollup-queue';

/** A Thursday, a week before May: periods start and end on every weekday and often hold all of May. */
const FIRST_DAY = '2025-04-24';
const SPAN_DAYS = 70;
const DEVELOPERS = Array.from({ length: 4 }, (_, i) => ({
  id: `00000000-0000-4000-b000-00000000000${i + 1}`,
  login: ['kai', 'ana', 'ben', 'cy'][i] ?? 'x',
}));
const TOOLS: readonly { tool: string; source: MetricSource }[] = [
  { tool: 'copilot', source: 'COPILOT' },
  { tool: 'claude_code', source: 'CLAUDE_CODE' },
  { tool: 'cursor', source: 'OTHER' },
  { tool: 'windsurf', source: 'OTHER' },
];
/** Over the default 500-generation quota now and then, and zero often, so every insight has cases. */
const generations = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 80 }), fc.integer({ min: 200, max: 700 }));
const rowArbitrary = fc.record({
  developer: fc.integer({ min: 0, max: DEVELOPERS.length - 1 }),
  tool: fc.integer({ min: 0, max: TOOLS.length - 1 }),
  dayOffset: fc.integer({ min: 0, max: SPAN_DAYS - 1 }),
  generations,
  acceptances: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 60 })),
  interactions: fc.integer({ min: 0, max: 3 }),
  linesAdded: fc.integer({ min: 0, max: 90 }),
  linesDeleted: fc.integer({ min: 0, max: 30 }),
});
const datasetArbitrary = fc.record({
  rows: fc.uniqueArray(rowArbitrary, {
    selector: (row) => `${row.developer}|${row.tool}|${row.dayOffset}`,
    minLength: 60,
    maxLength: 160,
  }),
  from: fc.integer({ min: 0, max: 14 }),
  length: fc.integer({ min: 1, max: SPAN_DAYS }),
  sources: fc.constantFrom<MetricSource[]>(
    [],
    ['COPILOT'],
    ['CLAUDE_CODE'],
    ['OTHER'],
    ['COPILOT', 'CLAUDE_CODE', 'OTHER'],
  ),
});
type Dataset = typeof datasetArbitrary extends fc.Arbitrary<infer T> ? T : never;

function fixtureRows(dataset: Dataset): FixtureRow[] {
  return dataset.rows.map((row) => {
    const developer = DEVELOPERS[row.developer];
    const tool = TOOLS[row.tool];
    if (!developer || !tool) throw new Error('fixture index out of range');
    const { generations, acceptances, interactions, linesAdded, linesDeleted } = row;
    return {
      developerId: developer.id,
      source: tool.source,
      tool: tool.tool,
      day: addDays(FIRST_DAY, row.dayOffset),
      counters: { generations, acceptances, interactions, linesAdded, linesDeleted },
      breakdowns: [],
    };
  });
}

const OVERVIEW_FIELDS = ['period', 'previousPeriod', 'kpis', 'previousKpis', 'byDay', 'engagement'] as const;

describe('activity rollups answer exactly as the developer-day scan (property)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  /**
   * The overview sections and insights for an organization-wide filter (read from the rollups) and for the same
   * filter listing every developer (read from the stored rows: the rollups cannot answer a developer filter).
   */
  async function bothWays(filter: Record<string, unknown>) {
    const read = async (variables: Record<string, unknown>) => {
      const metrics = await app.graphql<MetricsResult>(METRICS_QUERY, { filter: variables });
      const insights = await app.graphql<{ insights: unknown[] }>(INSIGHTS_QUERY, { filter: variables });
      expect(metrics.errors).toBeUndefined();
      expect(insights.errors).toBeUndefined();
      const data = metrics.data?.metrics;
      if (!data) throw new Error('no data');
      return { ...Object.fromEntries(OVERVIEW_FIELDS.map((field) => [field, data[field]])), insights: insights.data };
    };
    const developerIds = DEVELOPERS.map((developer) => developer.id);
    return { rollups: await read(filter), scan: await read({ ...filter, developerIds }) };
  }

  const queuedKeys = async () => {
    const [row] = (await app.db.database.dataSource.query(
      `SELECT count(*)::int AS n FROM rollup_queue WHERE organization_id = $1`,
      [app.orgA.id],
    )) as { n: number }[];
    return row?.n ?? 0;
  };

  /** Brings the rollups up to date, as the server does in the background after a write. */
  async function processQueue() {
    await app.server.services.metrics.rollups.drain();
    await processRollupQueue(app.db.database.dataSource, app.orgA.id);
    expect(await queuedKeys()).toBe(0);
  }

  async function expectSameBothWays(filter: Record<string, unknown>) {
    // Writes queue their keys; while any are queued, aggregates come from the stored rows: process them first, so
    // that the organization-wide read below really reads the rollups.
    await processQueue();
    const { rollups, scan } = await bothWays(filter);
    expect(rollups).toEqual(scan);
  }

  it('for random rows, periods and sources, also after updates, merges and deletes', async () => {
    const dataSource = app.db.database.dataSource;
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (dataset) => {
        await clearUsage(dataSource, app.orgA.id);
        await seedDevelopers(
          dataSource,
          app.orgA.id,
          DEVELOPERS.map((d) => ({ id: d.id, displayName: `Name ${d.login}`, githubLogin: d.login })),
        );
        await seedUsage(dataSource, app.orgA.id, fixtureRows(dataset));
        const filter = {
          from: addDays(FIRST_DAY, dataset.from),
          to: addDays(FIRST_DAY, Math.min(dataset.from + dataset.length, SPAN_DAYS) - 1),
          sources: dataset.sources,
        };
        await expectSameBothWays(filter);

        // The max-merge raises counters of existing rows: an UPDATE statement.
        await dataSource.query(
          `UPDATE daily_developer_metrics SET generations = generations + 450, acceptances = 0
           WHERE organization_id = $1 AND developer_id = $2`,
          [app.orgA.id, DEVELOPERS[1]?.id],
        );
        await expectSameBothWays(filter);

        // A merge moves one developer's rows to another (where their keys do not collide).
        await dataSource.query(
          `UPDATE daily_developer_metrics m SET developer_id = $3
           WHERE m.organization_id = $1 AND m.developer_id = $2 AND NOT EXISTS (
             SELECT 1 FROM daily_developer_metrics o WHERE o.organization_id = m.organization_id
               AND o.developer_id = $3 AND o.tool = m.tool AND o.day = m.day)`,
          [app.orgA.id, DEVELOPERS[2]?.id, DEVELOPERS[3]?.id],
        );
        await expectSameBothWays(filter);

        // Deleting a developer cascades to their rows.
        await dataSource.query(`DELETE FROM developers WHERE organization_id = $1 AND id = $2`, [
          app.orgA.id,
          DEVELOPERS[0]?.id,
        ]);
        await expectSameBothWays(filter);
      }),
      // Each run writes and reads a real database: a modest number of runs, a fixed seed for reproducible CI.
      { numRuns: 12, seed: 20261125 },
    );
  });

  it('are brought up to date after a write, and until then the stored rows answer', async () => {
    const dataSource = app.db.database.dataSource;
    await clearUsage(dataSource, app.orgA.id);
    await processQueue();
    await seedDevelopers(dataSource, app.orgA.id, [{ id: DEVELOPERS[0]?.id, displayName: 'Kai', githubLogin: 'kai' }]);
    const row = (generations: number): FixtureRow => ({
      developerId: DEVELOPERS[0]?.id ?? '',
      source: 'COPILOT',
      tool: 'copilot',
      day: FIRST_DAY,
      counters: { generations, acceptances: 1, interactions: 1, linesAdded: 0, linesDeleted: 0 },
      breakdowns: [],
    });
    await seedUsage(dataSource, app.orgA.id, [row(7)]);
    expect(await queuedKeys()).toBe(1);
    const kpis = async () => {
      const response = await app.graphql<MetricsResult>(METRICS_QUERY, { filter: { from: FIRST_DAY, to: FIRST_DAY } });
      expect(response.errors).toBeUndefined();
      return response.data?.metrics.kpis;
    };
    // Read while queued: exact, from the stored rows; the read also starts the background refresh.
    expect(await kpis()).toMatchObject({ totalGenerations: 7, activeUsers: 1, activeDays: 1 });
    await app.server.services.metrics.rollups.drain();
    expect(await queuedKeys()).toBe(0);
    const [rollup] = (await dataSource.query(
      `SELECT generations::int, active_developers FROM daily_activity_rollups WHERE organization_id = $1 AND scope = 'ALL'`,
      [app.orgA.id],
    )) as { generations: number; active_developers: number }[];
    expect(rollup).toEqual({ generations: 7, active_developers: 1 });
    await dataSource.query(`UPDATE metric_data_versions SET version = version + 1 WHERE organization_id = $1`, [
      app.orgA.id,
    ]);
    expect(await kpis()).toMatchObject({ totalGenerations: 7, activeUsers: 1, activeDays: 1 });
  });

  it('hold no rows for days, weeks and months without stored rows', async () => {
    const dataSource = app.db.database.dataSource;
    await clearUsage(dataSource, app.orgA.id);
    await processQueue();
    const [counts] = (await dataSource.query(
      `SELECT (SELECT count(*)::int FROM daily_activity_rollups WHERE organization_id = $1) AS days,
              (SELECT count(*)::int FROM developer_period_rollups WHERE organization_id = $1) AS spans`,
      [app.orgA.id],
    )) as { days: number; spans: number }[];
    expect(counts).toEqual({ days: 0, spans: 0 });
  });

  it('are rebuilt by refreshRollups after writes that bypassed the triggers', async () => {
    const dataSource = app.db.database.dataSource;
    await seedDevelopers(
      dataSource,
      app.orgA.id,
      DEVELOPERS.map((d) => ({ id: d.id, displayName: `Name ${d.login}`, githubLogin: d.login })),
    );
    const rows = fc.sample(datasetArbitrary, { numRuns: 1, seed: 7 })[0];
    if (!rows) throw new Error('no sample');
    await seedUsage(dataSource, app.orgA.id, fixtureRows(rows));
    await processQueue();
    const filter = { from: FIRST_DAY, to: addDays(FIRST_DAY, SPAN_DAYS - 1) };
    const before = await bothWays(filter);
    expect(before.rollups).toEqual(before.scan);

    await dataSource.query(`DELETE FROM daily_activity_rollups WHERE organization_id = $1`, [app.orgA.id]);
    await dataSource.query(`DELETE FROM developer_period_rollups WHERE organization_id = $1`, [app.orgA.id]);
    // Interior days only: the refresh widens the range to whole weeks itself.
    await refreshRollups(dataSource.manager, app.orgA.id, { from: addDays(FIRST_DAY, 3), to: addDays(FIRST_DAY, 30) });
    await refreshRollups(dataSource.manager, app.orgA.id, { from: FIRST_DAY, to: addDays(FIRST_DAY, 2) });
    await refreshRollups(dataSource.manager, app.orgA.id, {
      from: addDays(FIRST_DAY, 31),
      to: addDays(FIRST_DAY, SPAN_DAYS - 1),
    });
    await dataSource.query(`UPDATE metric_data_versions SET version = version + 1 WHERE organization_id = $1`, [
      app.orgA.id,
    ]);
    expect((await bothWays(filter)).rollups).toEqual(before.rollups);
  });
});
