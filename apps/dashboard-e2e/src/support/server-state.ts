import type { ChildProcess } from 'node:child_process';

/** The started server, handed from global-setup to global-teardown (they share one global object). */
export interface ServerState {
  child: ChildProcess;
  dataDir: string;
}

const KEY = Symbol.for('devpulse.e2e.server');

type Holder = { [KEY]?: ServerState };

export function setServerState(state: ServerState): void {
  (globalThis as Holder)[KEY] = state;
}

export function takeServerState(): ServerState | undefined {
  const holder = globalThis as Holder;
  const state = holder[KEY];
  delete holder[KEY];
  return state;
}
