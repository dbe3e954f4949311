import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

export interface BundleServer {
  readonly child: ChildProcess;
  readonly url: string;
  /** The server's peak resident memory so far, in bytes (the kernel's VmHWM, sampled every 20 ms). */
  peakRss(): number;
  stop(): Promise<void>;
}

/**
 * The API as production runs it: `node dist/apps/api/main.js serve` in a child process, so the benchmark's own
 * client work (autocannon, timing, baselines) never shares the server's event loop or its memory figures.
 */
export async function startBundleServer(options: {
  databaseUrl: string;
  port: number;
  env?: Record<string, string>;
}): Promise<BundleServer> {
  const bundle = path.join(ROOT, 'dist/apps/api/main.js');
  if (!fs.existsSync(bundle)) throw new Error('Build the API bundle first: npx nx build api');
  const profileDir = process.env['BENCH_SERVER_CPU_PROF'];
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`] : [];
  const child = spawn(process.execPath, [...profile, bundle, 'serve'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(options.port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      DASHBOARD_DIR: '/nonexistent',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout?.on('data', (data: Buffer) => {
      if (data.toString().includes('listening on')) resolve();
    });
  });
  let peak = 0;
  const sample = () => {
    try {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb * 1024);
    } catch {
      // The process is gone; the peak so far stands.
    }
  };
  const timer = setInterval(sample, 20);
  return {
    child,
    url: `http://127.0.0.1:${options.port}`,
    peakRss: () => peak,
    stop: async () => {
      sample();
      clearInterval(timer);
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
