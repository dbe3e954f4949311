import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/env';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

/** The one DataSource of the app, the CLI and the tests, plus what must be stopped with it. */
export interface Database {
  readonly dataSource: DataSource;
  readonly embedded: boolean;
  close(): Promise<void>;
}

function baseOptions(): Pick<DataSourceOptions, 'entities' | 'migrations' | 'synchronize' | 'migrationsRun' | 'logging'> {
  return {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false, // schema changes only through reviewed migrations
    migrationsRun: false,
    logging: ['error'],
  };
}

/**
 * `databaseUrl` set → that PostgreSQL (pool of 10). Unset → embedded PGlite persisted under `dataDir`
 * (or in memory when `dataDir` is null), reached through the same `postgres` driver with a pool of one,
 * because PGlite serves one session and a second pooled connection would wait behind an open transaction.
 */
export async function openDatabase(config: Pick<AppConfig, 'databaseUrl'> & { dataDir: string | null }): Promise<Database> {
  if (config.databaseUrl) {
    const dataSource = new DataSource({
      type: 'postgres',
      url: config.databaseUrl,
      extra: { max: 10 },
      ...baseOptions(),
    });
    await dataSource.initialize();
    return { dataSource, embedded: false, close: () => dataSource.destroy() };
  }
  const embedded: EmbeddedPostgres = await startEmbeddedPostgres(config.dataDir);
  const dataSource = new DataSource({
    type: 'postgres',
    host: embedded.socketDir,
    port: embedded.port,
    username: 'postgres',
    database: 'postgres',
    extra: { max: 1 },
    ...baseOptions(),
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  return {
    dataSource,
    embedded: true,
    async close() {
      await dataSource.destroy();
      await embedded.stop();
    },
  };
}

/** Runs pending migrations in one transaction each; returns their names. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
