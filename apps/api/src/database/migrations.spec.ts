import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { migrate } from './data-source';
import { MIGRATIONS } from './migrations';

const TENANT_TABLES = [
  'api_tokens',
  'developers',
  'developer_identities',
  'teams',
  'team_members',
  'metric_ingestion_runs',
  'daily_developer_metrics',
  'daily_metric_breakdowns',
];

async function tableNames(db: TestDatabase): Promise<string[]> {
  const rows: { table_name: string }[] = await db.database.dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
  );
  return rows.map((row) => row.table_name);
}

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(() => db.drop());

  it('migrate an empty database up, all the way down, and up again', async () => {
    expect(await tableNames(db)).toEqual([]);

    const applied = await migrate(db.database.dataSource);
    expect(applied).toEqual(MIGRATIONS.map((migration) => migration.name));
    const created = await tableNames(db);
    expect(created).toEqual(expect.arrayContaining(['organizations', ...TENANT_TABLES]));

    for (let i = 0; i < MIGRATIONS.length; i++) {
      await db.database.dataSource.undoLastMigration({ transaction: 'each' });
    }
    expect(await tableNames(db)).toEqual([]);

    expect(await migrate(db.database.dataSource)).toHaveLength(MIGRATIONS.length);
    expect(await tableNames(db)).toEqual(created);
  });

  it('puts organization_id on every tenant table and in every unique key', async () => {
    const columns: { table_name: string }[] = await db.database.dataSource.query(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'organization_id'`,
    );
    expect(columns.map((c) => c.table_name)).toEqual(expect.arrayContaining(TENANT_TABLES));

    // Unique constraints and unique indexes of tenant tables, except the surrogate primary key `id`.
    const uniques: { table_name: string; columns: string[] }[] = await db.database.dataSource.query(`
      SELECT t.relname AS table_name, array_agg(a.attname::text ORDER BY a.attname) AS columns
      FROM pg_index i
      JOIN pg_class t ON t.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(i.indkey)
      WHERE i.indisunique
      GROUP BY i.indexrelid, t.relname`);
    const tenantUniques = uniques.filter(
      (u) => u.table_name !== 'organizations' && u.table_name !== 'migrations' && !(u.columns.length === 1 && u.columns[0] === 'id'),
    );
    expect(tenantUniques.length).toBeGreaterThan(0);
    for (const unique of tenantUniques) {
      expect({ table: unique.table_name, hasOrganization: unique.columns.includes('organization_id') }).toEqual({
        table: unique.table_name,
        hasOrganization: true,
      });
    }
  });
});
