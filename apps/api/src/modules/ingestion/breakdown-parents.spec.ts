import { ROLLUP_DIMENSIONS_SQL, ROLLUP_KEY_SQL } from '../../database/migrations/1764079200000-aggregation-support';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { seedBreakdownRow, seedDailyRow, seedDeveloper } from '../developers/testing/seed-usage';
import { processRollupQueue } from '../metrics/rollups/rollup-queue';
import { copilotLine, uploadMetrics, type RunResult } from './testing/ingestion-fixtures';

/** Cells whose developer-day row is not stored: the triggers that replaced the foreign key keep this at zero. */
const ORPHAN_CELLS = `
  SELECT count(*)::int AS count FROM daily_metric_breakdowns b
   WHERE NOT EXISTS (SELECT 1 FROM daily_developer_metrics d
                      WHERE d.organization_id = b.organization_id AND d.developer_id = b.developer_id
                        AND d.tool = b.tool AND d.day = b.day)`;

/** Dimension rollups that differ from the breakdowns they sum (both directions). */
const ROLLUP_DRIFT = `
  WITH expected AS (
    SELECT organization_id, day, dimension, source, ${ROLLUP_KEY_SQL} AS key, count(*)::bigint AS cells,
           sum(generations)::bigint AS generations
      FROM daily_metric_breakdowns WHERE dimension IN ${ROLLUP_DIMENSIONS_SQL} GROUP BY 1, 2, 3, 4, 5),
  stored AS (SELECT organization_id, day, dimension, source, key, cells, generations FROM daily_dimension_rollups)
  SELECT count(*)::int AS count FROM ((TABLE expected EXCEPT TABLE stored) UNION ALL (TABLE stored EXCEPT TABLE expected)) drift`;

const MERGE = `mutation($intoId: ID!, $fromId: ID!) { mergeDevelopers(intoId: $intoId, fromId: $fromId) { id } }`;

describe('breakdown cells and their developer-day row (statement-level triggers instead of a foreign key)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> =>
    app.db.database.dataSource.query(sql, params);
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    (await query<{ count: number }>(sql, params))[0]?.count ?? -1;
  const cellsOf = (developerId: string) =>
    count(`SELECT count(*)::int AS count FROM daily_metric_breakdowns WHERE developer_id = $1`, [developerId]);

  /** A developer with `days` Copilot developer-days in `organizationId`, each with two cells. */
  async function developerWithUsage(organizationId: string, login: string, days: readonly string[]): Promise<string> {
    const ds = app.db.database.dataSource;
    const id = await seedDeveloper(ds, organizationId, login, [{ kind: 'github_login', value: login }]);
    for (const [index, day] of days.entries()) {
      const key = { developerId: id, tool: 'copilot', day, source: 'COPILOT' } as const;
      await seedDailyRow(ds, organizationId, key, { generations: 10 + index });
      await seedBreakdownRow(ds, organizationId, { ...key, dimension: 'ide', key: 'vscode' }, { generations: 6 });
      await seedBreakdownRow(ds, organizationId, { ...key, dimension: 'feature', key: 'chat' }, { generations: 4 });
    }
    return id;
  }

  afterEach(async () => {
    expect(await count(ORPHAN_CELLS)).toBe(0);
    // The dimension rollups follow writes through the rollup queue, processed after each write.
    await app.server.services.metrics.rollups.drain();
    for (const organizationId of [app.orgA.id, app.orgB.id]) {
      await processRollupQueue(app.db.database.dataSource, organizationId);
    }
    expect(await count(ROLLUP_DRIFT)).toBe(0);
  });

  it('refuses cells without their developer-day row (23503, as the foreign key did) and keeps none of the statement', async () => {
    const developer = await developerWithUsage(app.orgA.id, 'refused', ['2025-01-01']);
    const cell = (day: string, key: string) =>
      `($1::uuid, $2::uuid, 'copilot', '${day}'::date, 'COPILOT', 'ide', '${key}', '', '${key}', '')`;
    const insert = query(
      `INSERT INTO daily_metric_breakdowns (organization_id, developer_id, tool, day, source, dimension, key, key2, raw_key, raw_key2)
       VALUES ${cell('2025-01-01', 'neovim')}, ${cell('2025-01-02', 'neovim')}`,
      [app.orgA.id, developer],
    );
    await expect(insert).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23503' }) });
    expect(await cellsOf(developer)).toBe(2);

    // Moving a cell to a developer-day that is not stored is refused the same way.
    const move = query(
      `UPDATE daily_metric_breakdowns SET day = '2025-01-05' WHERE developer_id = $1 AND key = 'vscode'`,
      [developer],
    );
    await expect(move).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23503' }) });
  });

  it('deletes the cells of deleted developer-days, and only those, however the delete comes', async () => {
    const org = app.orgA.id;
    const kept = await developerWithUsage(org, 'kept', ['2025-02-01', '2025-02-02']);
    const direct = await developerWithUsage(org, 'direct', ['2025-02-01', '2025-02-02']);
    const deleted = await developerWithUsage(org, 'deleted', ['2025-02-01', '2025-02-02', '2025-02-03']);

    await query(`DELETE FROM daily_developer_metrics WHERE developer_id = $1 AND day = '2025-02-01'`, [direct]);
    expect(await cellsOf(direct)).toBe(2);

    // Through the developers' foreign key: the cascade's own DELETE fires the statement trigger.
    await query(`DELETE FROM developers WHERE id = $1`, [deleted]);
    expect(await cellsOf(deleted)).toBe(0);
    expect(await cellsOf(kept)).toBe(4);
  });

  it('deletes every cell of a deleted organization and nothing of another', async () => {
    const { OrganizationService } = await import('../organizations/organization.service');
    const doomed = await new OrganizationService(app.db.database.dataSource).create('org-doomed', 'Doomed');
    await developerWithUsage(doomed.id, 'gone-1', ['2025-03-01', '2025-03-02']);
    await developerWithUsage(doomed.id, 'gone-2', ['2025-03-01']);
    const survivor = await developerWithUsage(app.orgB.id, 'survivor', ['2025-03-01']);

    await query(`DELETE FROM organizations WHERE id = $1`, [doomed.id]);
    expect(
      await count(`SELECT count(*)::int AS count FROM daily_metric_breakdowns WHERE organization_id = $1`, [doomed.id]),
    ).toBe(0);
    expect(await cellsOf(survivor)).toBe(2);
  });

  it('moves the cells of a developer-day whose key changes (was ON UPDATE CASCADE)', async () => {
    const developer = await developerWithUsage(app.orgA.id, 'moved', ['2025-04-01']);
    await query(`UPDATE daily_developer_metrics SET day = '2025-04-02' WHERE developer_id = $1`, [developer]);
    const cells = await query<{ day: string }>(
      `SELECT DISTINCT to_char(day, 'YYYY-MM-DD') AS day FROM daily_metric_breakdowns WHERE developer_id = $1`,
      [developer],
    );
    expect(cells).toEqual([{ day: '2025-04-02' }]);
  });

  it('leaves no cell behind when developers are merged: overlapping days merge, the rest move', async () => {
    const org = app.orgA.id;
    const into = await developerWithUsage(org, 'into', ['2025-05-01']);
    const from = await developerWithUsage(org, 'from', ['2025-05-01', '2025-05-02']);
    const response = await app.graphql(MERGE, { intoId: into, fromId: from });
    expect(response.errors).toBeUndefined();
    expect(await cellsOf(from)).toBe(0);
    // 2025-05-01: both had vscode and chat (merged by max); 2025-05-02 came over from `from`.
    expect(await cellsOf(into)).toBe(4);
  });

  it('imports write every developer-day before its cells: a Copilot import with cells completes, none orphaned', async () => {
    const content = [
      copilotLine({ userId: 91, login: 'nia', day: '2025-06-01', generations: 5, languages: { python: 5 } }),
      copilotLine({ userId: 91, login: 'nia', day: '2025-06-02', generations: 3, languages: { go: 2, rust: 1 } }),
      copilotLine({ userId: 92, login: 'oz', day: '2025-06-01', generations: 2, languages: { python: 2 } }),
    ].join('\n');
    const run = (await uploadMetrics(app, 'parents.ndjson', content)).data?.uploadMetrics as RunResult;
    expect(run).toMatchObject({ status: 'COMPLETED', newRows: 3 });
    // The insert trigger refuses any statement with a cell whose developer-day is missing (first test), so the
    // import could only complete with the parents written first; the afterEach checks none is missing now.
    expect(
      await count(
        `SELECT count(*)::int AS count FROM daily_metric_breakdowns WHERE organization_id = $1 AND day >= '2025-06-01'`,
        [app.orgA.id],
      ),
    ).toBe(4);
  });

  // Last: it empties the tables for every organization.
  it('empties the cells when the developer-days are truncated', async () => {
    await query(`TRUNCATE daily_developer_metrics`);
    expect(await count(`SELECT count(*)::int AS count FROM daily_metric_breakdowns`)).toBe(0);
    // TRUNCATE bypasses the rollup triggers, as TRUNCATE ... CASCADE did; the repair is refreshRollups.
    await query(`DELETE FROM daily_dimension_rollups`);
  });
});
