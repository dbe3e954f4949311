#!/usr/bin/env node
// Builds what is missing or stale (Nx replays cached builds in a second), then runs the API bundle.
// Usage: node tools/scripts/run-api.mjs [--with-dashboard] <api command and args>
import { spawnSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const withDashboard = args[0] === '--with-dashboard';
const apiArgs = withDashboard ? args.slice(1) : args;
const projects = withDashboard ? 'api,dashboard' : 'api';

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', projects, '--output-style=static'], {
  cwd: root,
  env,
  // Build chatter goes to stderr so that stdout stays clean for commands like `token create`.
  stdio: ['ignore', process.stderr, 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

const child = spawn(process.execPath, [path.join(root, 'dist/apps/api/main.js'), ...apiArgs], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
