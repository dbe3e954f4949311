import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { migrate, openDatabase, type Database } from '../database/data-source';

/**
 * A fresh, migrated database for one spec file: a new database on the PostgreSQL in DATABASE_URL
 * (dropped afterwards), or an in-memory embedded PGlite when DATABASE_URL is unset.
 */
export interface TestDatabase {
  readonly database: Database;
  /** The URL of the fresh database (real PostgreSQL only). */
  readonly url: string | null;
  drop(): Promise<void>;
}

export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = process.env['DATABASE_URL'];
  if (!adminUrl) {
    const database = await openDatabase({ databaseUrl: null, dataDir: null });
    if (options.migrate !== false) await migrate(database.dataSource);
    return { database, url: null, drop: () => database.close() };
  }
  const name = `devpulse_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir: null });
  if (options.migrate !== false) await migrate(database.dataSource);
  return {
    database,
    url: url.toString(),
    async drop() {
      await database.close();
      await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withAdminClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
