import { rmSync } from 'node:fs';
import { takeServerState } from './server-state';

const STOP_TIMEOUT_MS = 30_000;

/** Stops the server with SIGTERM (run-api.mjs forwards it) and removes its database directory. */
export default async function globalTeardown(): Promise<void> {
  const state = takeServerState();
  if (state === undefined) return;
  const { child, dataDir } = state;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), STOP_TIMEOUT_MS);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    child.kill('SIGTERM');
    if (!(await exited)) {
      process.stderr.write('[e2e] the server did not stop within 30 s of SIGTERM; killing it\n');
      child.kill('SIGKILL');
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
}
