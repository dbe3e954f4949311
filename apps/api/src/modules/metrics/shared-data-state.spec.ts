import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { OrganizationService } from '../organizations/organization.service';
import { SharedDataStateLookups } from './shared-data-state';

/** The real database, with its data-state queries counted. */
function countingDataSource(dataSource: DataSource): { dataSource: DataSource; lookups: () => number } {
  let count = 0;
  const counting = Object.create(dataSource) as DataSource;
  counting.query = ((sql: string, parameters?: unknown[]) => {
    if (sql.includes('metric_data_versions')) count++;
    return dataSource.query(sql, parameters);
  }) as DataSource['query'];
  return { dataSource: counting, lookups: () => count };
}

describe('SharedDataStateLookups', () => {
  let db: TestDatabase;
  let organizationId: string;
  const bump = () =>
    db.database.dataSource.query(
      `INSERT INTO metric_data_versions (organization_id) VALUES ($1)
       ON CONFLICT (organization_id) DO UPDATE SET version = metric_data_versions.version + 1`,
      [organizationId],
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    organizationId = (await new OrganizationService(db.database.dataSource).create('org-state', 'State')).id;
  });
  afterAll(() => db.drop());

  it('lets concurrent requests of an organization share one lookup, and looks up afresh once it is done', async () => {
    const { dataSource, lookups } = countingDataSource(db.database.dataSource);
    const shared = new SharedDataStateLookups(dataSource);
    await bump();
    const states = await Promise.all([1, 2, 3].map(() => shared.lookup(organizationId)));
    expect(lookups()).toBe(1);
    expect(new Set(states.map((state) => state.version)).size).toBe(1);
    await bump();
    const later = await shared.lookup(organizationId);
    expect(lookups()).toBe(2);
    expect(Number(later.version)).toBe(Number(states[0]?.version) + 1);
  });

  it('does not share a lookup that started before a write of this server', async () => {
    const { dataSource, lookups } = countingDataSource(db.database.dataSource);
    const shared = new SharedDataStateLookups(dataSource);
    const before = shared.lookup(organizationId);
    await bump();
    shared.afterWrite();
    const after = shared.lookup(organizationId);
    expect(lookups()).toBe(2);
    const [old, fresh] = await Promise.all([before, after]);
    expect(Number(fresh.version)).toBeGreaterThanOrEqual(Number(old.version));
    // The state read after the write has the write's version.
    const [row] = (await db.database.dataSource.query(
      `SELECT version::text FROM metric_data_versions WHERE organization_id = $1`,
      [organizationId],
    )) as { version: string }[];
    expect(fresh.version).toBe(row?.version);
  });

  it('keeps organizations apart', async () => {
    const other = (await new OrganizationService(db.database.dataSource).create('org-other', 'Other')).id;
    const { dataSource, lookups } = countingDataSource(db.database.dataSource);
    const shared = new SharedDataStateLookups(dataSource);
    const [a, b] = await Promise.all([shared.lookup(organizationId), shared.lookup(other)]);
    expect(lookups()).toBe(2);
    expect(b.version).toBe('0');
    expect(a.version).not.toBe('0');
  });
});

describe('a mutation through the API', () => {
  it('ends the sharing of lookups before its response leaves', async () => {
    const { startTestApp } = await import('../../testing/test-app');
    const app = await startTestApp();
    try {
      const afterWrite = jest.spyOn(app.server.services.metrics.dataStates, 'afterWrite');
      await app.graphql(`{ metrics { kpis { totalGenerations } } }`);
      expect(afterWrite).not.toHaveBeenCalled();
      const created = await app.graphql(`mutation { createApiToken(name: "ci", role: VIEWER) { token } }`);
      expect(created.errors).toBeUndefined();
      expect(afterWrite).toHaveBeenCalledTimes(1);
    } finally {
      await app.close();
    }
  });
});
