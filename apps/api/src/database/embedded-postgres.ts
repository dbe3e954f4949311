import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * The default database: PGlite (PostgreSQL compiled to WASM) in this process, exposed on a private
 * Unix socket so TypeORM's ordinary `postgres` driver (pg) talks to it — one set of SQL and migrations
 * serves both the embedded and a real server.
 */
export interface EmbeddedPostgres {
  /** Directory holding the socket; pg connects with `host` = this directory. */
  readonly socketDir: string;
  readonly port: number;
  stop(): Promise<void>;
}

// pg looks for `<host>/.s.PGSQL.<port>` when host is a directory.
const SOCKET_PORT = 5432;

/** `dataDir` null → in memory (tests); otherwise persisted there. */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const db: PGlite = await PGlite.create(dataDir ?? undefined);
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'devpulse-pg-'));
  const server: PGLiteSocketServer = new PGLiteSocketServer({
    db,
    path: path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`),
    // PGlite has one session and the socket server queues clients per transaction; the pool keeps one (see data-source).
    maxConnections: 8,
  });
  await server.start();
  return {
    socketDir,
    port: SOCKET_PORT,
    async stop() {
      await server.stop();
      await db.close();
      fs.rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
