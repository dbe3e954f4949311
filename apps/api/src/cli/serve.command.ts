import { loadConfig } from '../config/env';
import { migrate, openDatabase } from '../database/data-source';
import { createServer } from '../http/create-server';
import { bootstrapAccess } from '../modules/auth/bootstrap.service';
import { markStaleRunsFailed } from '../modules/ingestion/ingestion-run.store';

const SHUTDOWN_GRACE_MS = 10_000;

/** Migrate, bootstrap access, serve; stop gracefully on SIGTERM/SIGINT. */
export async function serveCommand(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.databasePoolSize,
  });
  const applied = await migrate(database.dataSource);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  const staleRuns = await markStaleRunsFailed(database.dataSource);
  if (staleRuns) console.log(`Marked ${staleRuns} interrupted import run(s) FAILED.`);
  const { messages } = await bootstrapAccess(database.dataSource, config);
  const server = await createServer(config, database.dataSource);
  const url = await server.listen();
  const where = database.embedded
    ? `embedded PostgreSQL (PGlite) in ${config.dataDir}`
    : 'PostgreSQL from DATABASE_URL';
  console.log(`devpulse listening on ${url} (database: ${where})`);
  for (const message of messages) console.log(message);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing in-flight requests, then stopping.`);
    const force = setTimeout(() => {
      console.error('Shutdown took too long; exiting.');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    try {
      await server.stop();
      await database.close();
      process.exit(0);
    } catch (error) {
      console.error('Error during shutdown:', error);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
