import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ARTIFACTS_DIR, CHROMIUM, REPO_ROOT } from './paths';
import { ADMIN_TOKEN_VAR, BASE_URL_VAR } from './server-env';
import { setServerState } from './server-state';

/** The first start may build the API and the dashboard (Nx replays cached builds); the machine may be busy. */
const START_TIMEOUT_MS = 15 * 60_000;

/** Starts the app as `npm start` does, on a fresh embedded database, a free port and a random admin token. */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install the Debian package \`chromium\`.`);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });

  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'devpulse-e2e-'));
  const adminToken = `e2e-${randomBytes(24).toString('hex')}`;
  const baseUrl = `http://127.0.0.1:${port}`;
  const logFile = path.join(ARTIFACTS_DIR, 'server.log');
  const log = openSync(logFile, 'w');

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    BOOTSTRAP_ADMIN_TOKEN: adminToken,
  };
  // CI exports DATABASE_URL for the API tests; the e2e server uses its own embedded database.
  delete env['DATABASE_URL'];

  // `npm start` is `node tools/scripts/run-api.mjs --with-dashboard serve`; run it directly so that SIGTERM
  // reaches run-api.mjs, which forwards it to the server.
  const child = spawn(process.execPath, ['tools/scripts/run-api.mjs', '--with-dashboard', 'serve'], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', log, log],
  });
  setServerState({ child, dataDir });

  process.stderr.write(`\n[e2e] starting devpulse on ${baseUrl} (log: ${path.relative(REPO_ROOT, logFile)})\n`);
  const started = Date.now();
  try {
    await waitForHealth(baseUrl, child, logFile);
  } catch (error) {
    // Jest skips global-teardown when global-setup fails: stop the server here.
    child.kill('SIGTERM');
    throw error;
  }
  process.stderr.write(`[e2e] server ready after ${Math.round((Date.now() - started) / 1000)} s\n`);

  process.env[BASE_URL_VAR] = baseUrl;
  process.env[ADMIN_TOKEN_VAR] = adminToken;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server exited before it was healthy.\n${tail(logFile)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`GET /healthz did not answer 200 within ${START_TIMEOUT_MS / 60_000} minutes.\n${tail(logFile)}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('No port')),
      );
    });
  });
}

function tail(file: string): string {
  return readFileSync(file, 'utf8').split('\n').slice(-40).join('\n');
}
