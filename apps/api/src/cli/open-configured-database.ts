import { loadConfig, type AppConfig } from '../config/env';
import { openDatabase, type Database } from '../database/data-source';

/** The database the environment points at (DATABASE_URL, else the embedded one under DATA_DIR). */
export async function openConfiguredDatabase(): Promise<{ config: AppConfig; database: Database }> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
  });
  return { config, database };
}
