import { DataSource, type DataSourceOptions } from 'typeorm';
import { defaultPoolSize, type AppConfig } from '../config/env';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

/** The one DataSource of the app, the CLI and the tests, plus what must be stopped with it. */
export interface Database {
  readonly dataSource: DataSource;
  readonly embedded: boolean;
  close(): Promise<void>;
}

function baseOptions(): Pick<
  DataSourceOptions,
  'entities' | 'migrations' | 'synchronize' | 'migrationsRun' | 'logging'
> {
  return {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false, // schema changes only through reviewed migrations
    migrationsRun: false,
    logging: ['error'],
  };
}

/**
 * `databaseUrl` set → that PostgreSQL (pool of `poolSize`, by default the CPUs + 1). Unset → embedded PGlite persisted under `dataDir`
 * (or in memory when `dataDir` is null), reached through the same `postgres` driver with a pool of one,
 * because PGlite serves one session and a second pooled connection would wait behind an open transaction.
 */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl'> & { dataDir: string | null; poolSize?: number },
): Promise<Database> {
  if (config.databaseUrl) {
    const dataSource = new DataSource({
      type: 'postgres',
      url: config.databaseUrl,
      extra: {
        max: config.poolSize ?? defaultPoolSize(),
        // One request, one core: for the aggregates' index range scans PostgreSQL's parallel plans cost more in
        // worker start-up than they save, and they take the cores concurrent requests need (measured: the
        // overview's per-developer summary took 85 ms with two workers, 43 ms without).
        options: '-c max_parallel_workers_per_gather=0',
      },
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
