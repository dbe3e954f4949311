import { startTestApp, type TestApp } from '../../testing/test-app';
import { refreshRollups } from './dimension-rollups';
import { processRollupQueue } from './rollups/rollup-queue';
import { METRICS_QUERY, type MetricsResult } from './testing/metrics-documents';
import { ALICE, BOB, CAROL, loadSmallFixture } from './testing/small-fixture';

const PERIOD = { from: '2025-02-01', to: '2025-03-31' };

describe('dimension rollups (maintained through the rollup queue)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    await loadSmallFixture(app.db.database.dataSource, app.orgA.id, app.orgB.id);
  });
  afterAll(() => app.close());

  /** Organization-wide filters read the rollups; listing every developer forces the breakdown scan. */
  const charts = async (filter: Record<string, unknown>) => {
    const response = await app.graphql<MetricsResult>(METRICS_QUERY, { filter });
    expect(response.errors).toBeUndefined();
    const metrics = response.data?.metrics;
    return metrics && [metrics.byIde, metrics.byLanguage, metrics.byFeature, metrics.byModel];
  };
  const expectRollupsMatchBreakdowns = async () => {
    // Writes queue their keys; the organization-wide read uses the rollups only once the queue is processed.
    await app.server.services.metrics.rollups.drain();
    await processRollupQueue(app.db.database.dataSource, app.orgA.id);
    expect(await charts(PERIOD)).toEqual(await charts({ ...PERIOD, developerIds: [ALICE, BOB, CAROL] }));
  };

  it('stay equal to the breakdowns through inserts, updates and cascading deletes', async () => {
    const dataSource = app.db.database.dataSource;
    await expectRollupsMatchBreakdowns();
    await dataSource.query(
      `UPDATE daily_metric_breakdowns SET generations = generations + 5 WHERE organization_id = $1 AND dimension = 'ide'`,
      [app.orgA.id],
    );
    await expectRollupsMatchBreakdowns();
    // Deleting bob's day cascades to its breakdown cells; the python cells of that day disappear from the rollups.
    await dataSource.query(
      `DELETE FROM daily_developer_metrics WHERE organization_id = $1 AND developer_id = $2 AND day = '2025-03-02'`,
      [app.orgA.id, BOB],
    );
    await expectRollupsMatchBreakdowns();
    const [rollupRows] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM daily_dimension_rollups WHERE cells <= 0`,
    )) as { n: number }[];
    expect(rollupRows?.n).toBe(0);
  });

  it('are rebuilt by refreshRollups after writes that bypassed the triggers', async () => {
    const dataSource = app.db.database.dataSource;
    const before = await charts(PERIOD);
    await dataSource.query(`DELETE FROM daily_dimension_rollups WHERE organization_id = $1`, [app.orgA.id]);
    await refreshRollups(dataSource.manager, app.orgA.id, PERIOD);
    // A change of data version (the seed bumps it) makes the API recompute from the rebuilt rollups.
    await dataSource.query(`UPDATE metric_data_versions SET version = version + 1 WHERE organization_id = $1`, [
      app.orgA.id,
    ]);
    expect(await charts(PERIOD)).toEqual(before);
  });
});
