import { startTestApp, type TestApp } from '../../testing/test-app';
import { markStaleRunsFailed } from './ingestion-run.store';
import { copilotLine, tableCounts, uploadMetrics, type RunResult } from './testing/ingestion-fixtures';

describe('atomic ingestion runs', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const query = (sql: string, params: unknown[] = []) => app.db.database.dataSource.query(sql, params);

  it('leaves no row of a file when the import fails midway, and records the run as FAILED', async () => {
    // A fault inside the data transaction, after the daily rows were written: the breakdown insert fails.
    await query(`CREATE FUNCTION simulated_failure() RETURNS trigger AS $$
                 BEGIN RAISE EXCEPTION 'simulated storage failure'; END $$ LANGUAGE plpgsql`);
    await query(`CREATE TRIGGER fail_on_explode BEFORE INSERT ON daily_metric_breakdowns
                 FOR EACH ROW WHEN (NEW.key = 'explode') EXECUTE FUNCTION simulated_failure()`);
    try {
      const before = await tableCounts(app);
      const content = [
        copilotLine({ userId: 1, login: 'ana', day: '2025-03-01', generations: 4, languages: { python: 4 } }),
        copilotLine({ userId: 2, login: 'ben', day: '2025-03-01', generations: 2, languages: { explode: 2 } }),
      ].join('\n');
      const response = await uploadMetrics(app, 'doomed.ndjson', content);
      expect(response.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
      expect(response.errors?.[0]?.message).not.toMatch(/simulated|daily_metric_breakdowns/);

      const after = await tableCounts(app);
      expect(after).toEqual({ ...before, metric_ingestion_runs: (before['metric_ingestion_runs'] ?? 0) + 1 });
      const [run] = await query(
        `SELECT status, finished_at, warnings FROM metric_ingestion_runs WHERE file_name = 'doomed.ndjson'`,
      );
      expect(run.status).toBe('FAILED');
      expect(run.finished_at).not.toBeNull();
      expect(run.warnings.join(' ')).toMatch(/Nothing of this file was stored/);
    } finally {
      await query(`DROP TRIGGER fail_on_explode ON daily_metric_breakdowns`);
      await query(`DROP FUNCTION simulated_failure()`);
    }
    // The same file imports once the fault is gone.
    const retry = await uploadMetrics(
      app,
      'doomed.ndjson',
      copilotLine({ userId: 2, login: 'ben', day: '2025-03-01', generations: 2, languages: { explode: 2 } }),
    );
    expect((retry.data?.uploadMetrics as RunResult).status).toBe('COMPLETED');
  });

  it('marks runs left PROCESSING by a stopped server FAILED at start-up, and nothing else', async () => {
    await query(
      `INSERT INTO metric_ingestion_runs (organization_id, file_name, format, status, created_at)
       VALUES ($1, 'interrupted.ndjson', 'COPILOT_NDJSON', 'PROCESSING', now() - interval '5 minutes')`,
      [app.orgA.id],
    );
    const statusesBefore = await query(
      `SELECT id, status FROM metric_ingestion_runs WHERE file_name <> 'interrupted.ndjson' ORDER BY id`,
    );
    expect(await markStaleRunsFailed(app.db.database.dataSource)).toBe(1);
    const [run] = await query(
      `SELECT status, finished_at, warnings FROM metric_ingestion_runs WHERE file_name = 'interrupted.ndjson'`,
    );
    expect(run.status).toBe('FAILED');
    expect(run.finished_at).not.toBeNull();
    expect(run.warnings[0]).toMatch(/stopped before this import finished/);
    expect(
      await query(`SELECT id, status FROM metric_ingestion_runs WHERE file_name <> 'interrupted.ndjson' ORDER BY id`),
    ).toEqual(statusesBefore);
    expect(await markStaleRunsFailed(app.db.database.dataSource)).toBe(0);
  });
});
