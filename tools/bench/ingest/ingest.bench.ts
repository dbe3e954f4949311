/**
 * Ingestion benchmark (not a test): a generated Copilot NDJSON through the real GraphQL upload into real PostgreSQL,
 * against (b) `psql \copy` of the same normalized rows plus one JSON.parse pass, and (c) one INSERT per row.
 *
 *   npx nx build api && DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:ingest
 *
 * The API server runs in a child process from the production bundle (`node dist/apps/api/main.js serve`); its peak
 * RSS is the kernel's high-water mark (VmHWM in /proc/<pid>/status), so the figure is the server's alone.
 * Options (environment): BENCH_RUNS=<n> repeats (a) and (b) n times on fresh databases and prints each run and the
 * median (default 1); BENCH_ROW_BY_ROW=0 skips (c), which alone takes minutes; BENCH_SERVER_CPU_PROF=<dir> starts the
 * server with `--cpu-prof` into that directory. Every run prints the 1-minute load average it started at.
 */
import { parserFor, type NormalizedUsageRow } from '@devpulse/domain';
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { Client } from 'pg';
import {
  BREAKDOWN_COLUMNS,
  COUNTER_COLUMNS,
  FLAG_COLUMNS,
  NULLABLE_COUNTER_COLUMNS,
} from '../../../apps/api/src/modules/ingestion/usage-columns';
import { generateCopilotFile } from './generate-copilot-file';
import { startBundleServer } from '../shared/bundle-server';

const ADMIN_TOKEN = `bench-${randomBytes(12).toString('hex')}`;
const ROW_BY_ROW_SAMPLE = 300;

const ROW_COLS = [
  'organization_id',
  'developer_id',
  'tool',
  'day',
  'source',
  ...[...COUNTER_COLUMNS, ...NULLABLE_COUNTER_COLUMNS].map((c) => c.column),
  ...FLAG_COLUMNS.map((c) => c.column),
];
const CELL_COLS = [
  'organization_id',
  'developer_id',
  'tool',
  'day',
  'source',
  'dimension',
  'key',
  'key2',
  'raw_key',
  'raw_key2',
  ...BREAKDOWN_COLUMNS.map((c) => c.column),
];

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
}

function rowValues(org: string, developer: string, row: NormalizedUsageRow): unknown[] {
  return [
    org,
    developer,
    row.tool,
    row.day,
    row.source,
    ...[...COUNTER_COLUMNS, ...NULLABLE_COUNTER_COLUMNS].map((c) => row.counters[c.field]),
    ...FLAG_COLUMNS.map((c) => row.flags[c.field]),
  ];
}

function cellValues(org: string, developer: string, row: NormalizedUsageRow): unknown[][] {
  return row.breakdowns.map((cell) => [
    org,
    developer,
    row.tool,
    row.day,
    row.source,
    cell.dimension,
    cell.key,
    cell.key2,
    cell.rawKey,
    cell.rawKey2,
    ...BREAKDOWN_COLUMNS.map((c) => cell[c.field]),
  ]);
}

async function* fileChunks(file: string): AsyncGenerator<string> {
  for await (const chunk of fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 64 * 1024 }))
    yield chunk as string;
}

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function psqlCopy(url: string, table: string, columns: string[], file: string): number {
  const started = performance.now();
  const result = spawnSync(
    'psql',
    [url, '-v', 'ON_ERROR_STOP=1', '-qc', `\\copy ${table}(${columns.join(',')}) FROM '${file}' WITH (FORMAT csv)`],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (result.status !== 0) throw new Error(`psql \\copy into ${table} failed`);
  return performance.now() - started;
}

interface RunFigures {
  readonly load: number;
  readonly uploadMs: number;
  /** After the upload answered: until the server's background refresh left no activity-rollup key queued. */
  readonly rollupRefreshMs: number;
  readonly peakRss: number;
  readonly copyMs: number;
  readonly jsonParseMs: number;
  readonly rowwiseMs: number | null;
}

async function main(): Promise<void> {
  const adminUrl = process.env['DATABASE_URL'];
  if (!adminUrl)
    throw new Error('Set DATABASE_URL to a real PostgreSQL (the bench creates and drops its own database).');
  const runs = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 1));
  const rowByRow = process.env['BENCH_ROW_BY_ROW'] !== '0';
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'devpulse-bench-'));
  try {
    const file = path.join(work, 'copilot-users-28-day.ndjson');
    const generated = generateCopilotFile(file, { seed: 20260401, users: 800, days: 25 });
    console.log(`Generated ${generated.records} user-days, ${(generated.bytes / 1024 / 1024).toFixed(1)} MiB: ${file}`);
    const figures: RunFigures[] = [];
    for (let index = 0; index < runs; index++) {
      const run = await runOnce(adminUrl, work, file, rowByRow && index === 0);
      figures.push(run);
      if (runs > 1) console.log(`Run ${index + 1}/${runs}: ${describeRun(run)}`);
    }
    if (runs > 1) {
      const median = (values: number[]) => {
        const sorted = [...values].sort((a, b) => a - b);
        const middle = Math.floor(sorted.length / 2);
        return sorted.length % 2 === 1
          ? (sorted[middle] ?? 0)
          : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
      };
      const ratios = figures.map((run) => run.uploadMs / (run.copyMs + run.jsonParseMs));
      console.log(
        `\nMedian of ${runs}: upload ${seconds(median(figures.map((run) => run.uploadMs)))}, baseline ` +
          `${seconds(median(figures.map((run) => run.copyMs + run.jsonParseMs)))}, ratio ${median(ratios).toFixed(2)}x ` +
          `(per-run ratios ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')}), peak RSS ` +
          `${megabytes(median(figures.map((run) => run.peakRss)))} (max ${megabytes(Math.max(...figures.map((run) => run.peakRss)))}), ` +
          `activity rollups current ${seconds(median(figures.map((run) => run.rollupRefreshMs)))} after the answer`,
      );
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function describeRun(run: RunFigures): string {
  const baselineMs = run.copyMs + run.jsonParseMs;
  return (
    `load ${run.load.toFixed(2)}, upload ${seconds(run.uploadMs)} (rollups +${seconds(run.rollupRefreshMs)}), peak RSS ${megabytes(run.peakRss)}, baseline ` +
    `${seconds(run.copyMs)} + ${seconds(run.jsonParseMs)} = ${seconds(baselineMs)}, ratio ${(run.uploadMs / baselineMs).toFixed(2)}x`
  );
}

/** One measurement on a fresh database: (a), then (b), then (c) when asked. */
/** Polls the activity-rollup queue until the server's background refresh has emptied it; ms since `answeredAt`. */
async function untilRollupsCurrent(url: string, answeredAt: number): Promise<number> {
  return withClient(url, async (client) => {
    for (;;) {
      const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM rollup_queue) AS queued`);
      if (!rows[0]?.queued) return performance.now() - answeredAt;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
}

async function runOnce(adminUrl: string, work: string, file: string, rowByRow: boolean): Promise<RunFigures> {
  const load = os.loadavg()[0] ?? 0;
  const name = `devpulse_bench_${randomBytes(4).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = databaseUrl(adminUrl, name);
  try {
    // (a) End to end through the GraphQL upload.
    const port = 40_000 + Math.floor(Math.random() * 20_000);
    const server = await startBundleServer({
      databaseUrl: url,
      port,
      env: { BOOTSTRAP_ADMIN_TOKEN: ADMIN_TOKEN, MAX_UPLOAD_MB: '64' },
    });
    let uploadMs: number;
    let rollupRefreshMs: number;
    let run: { status: string; rowsProcessed: number; rowsErrored: number; newRows: number };
    try {
      const form = new FormData();
      form.append(
        'operations',
        JSON.stringify({
          query: 'mutation($file: Upload!) { uploadMetrics(file: $file) { status rowsProcessed rowsErrored newRows } }',
          variables: { file: null },
        }),
      );
      form.append('map', JSON.stringify({ 0: ['variables.file'] }));
      form.append('0', await fs.openAsBlob(file), path.basename(file));
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'Apollo-Require-Preflight': 'true' },
        body: form,
      });
      const body = (await response.json()) as { data?: { uploadMetrics: typeof run }; errors?: unknown };
      uploadMs = performance.now() - started;
      if (!body.data) throw new Error(`upload failed: ${JSON.stringify(body.errors)}`);
      run = body.data.uploadMetrics;
      rollupRefreshMs = await untilRollupsCurrent(url, started + uploadMs);
    } finally {
      await server.stop();
    }
    const peakRss = server.peakRss();

    // Normalized rows for (b) and (c): the same parser, untimed; one developer id per person.
    const org = (await withClient(url, (c) => c.query(`SELECT id FROM organizations WHERE slug = 'default'`))).rows[0]
      .id as string;
    const developers = new Map<string, string>();
    const rowsCsv = fs.createWriteStream(path.join(work, 'rows.csv'));
    const cellsCsv = fs.createWriteStream(path.join(work, 'cells.csv'));
    const sample: { developer: string; row: NormalizedUsageRow }[] = [];
    let rowCount = 0;
    let cellCount = 0;
    for await (const event of parserFor('COPILOT_NDJSON').parse(fileChunks(file), { today: '2027-01-01' })) {
      if (event.type !== 'row') continue;
      const person = `${event.row.person.identities[0]?.kind}:${event.row.person.identities[0]?.value}`;
      const developer = developers.get(person) ?? randomUUID();
      developers.set(person, developer);
      rowsCsv.write(rowValues(org, developer, event.row).map(csvField).join(',') + '\n');
      for (const cell of cellValues(org, developer, event.row)) cellsCsv.write(cell.map(csvField).join(',') + '\n');
      rowCount++;
      cellCount += event.row.breakdowns.length;
      if (sample.length < ROW_BY_ROW_SAMPLE) sample.push({ developer, row: event.row });
    }
    await Promise.all([new Promise((r) => rowsCsv.end(r)), new Promise((r) => cellsCsv.end(r))]);

    // (b) Baseline: \copy into empty copies of the two tables (same columns, checks and indexes, no FKs) + one JSON.parse pass.
    await withClient(url, async (client) => {
      for (const copy of ['baseline', 'rowwise']) {
        await client.query(`CREATE TABLE ${copy}_rows (LIKE daily_developer_metrics INCLUDING ALL)`);
        await client.query(`CREATE TABLE ${copy}_cells (LIKE daily_metric_breakdowns INCLUDING ALL)`);
      }
    });
    const copyMs =
      psqlCopy(url, 'baseline_rows', ROW_COLS, path.join(work, 'rows.csv')) +
      psqlCopy(url, 'baseline_cells', CELL_COLS, path.join(work, 'cells.csv'));
    const parseStarted = performance.now();
    const lines = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
    for await (const line of lines) if (line.trim() !== '') JSON.parse(line);
    const jsonParseMs = performance.now() - parseStarted;
    const baselineMs = copyMs + jsonParseMs;

    // (c) One INSERT per row (and per breakdown cell) for a sample, extrapolated by row count.
    const rowwiseMs = !rowByRow
      ? null
      : await withClient(url, async (client) => {
          const started = performance.now();
          let sampleCells = 0;
          for (const { developer, row } of sample) {
            const values = rowValues(org, developer, row);
            await client.query(
              `INSERT INTO rowwise_rows (${ROW_COLS.join(',')}) VALUES (${values.map((_, i) => `$${i + 1}`).join(',')})`,
              values,
            );
            for (const cell of cellValues(org, developer, row)) {
              await client.query(
                `INSERT INTO rowwise_cells (${CELL_COLS.join(',')}) VALUES (${cell.map((_, i) => `$${i + 1}`).join(',')})`,
                cell,
              );
              sampleCells++;
            }
          }
          const elapsed = performance.now() - started;
          return (elapsed / (sample.length + sampleCells)) * (rowCount + cellCount);
        });

    console.log(`\nRun: ${JSON.stringify(run)}`);
    console.log(`Rows: ${rowCount} daily rows, ${cellCount} breakdown cells, ${developers.size} developers`);
    console.log(`1-minute load average at the start: ${load.toFixed(2)}`);
    console.log(
      `(a) GraphQL upload, end to end:         ${seconds(uploadMs)}  (peak server RSS ${megabytes(peakRss)})`,
      `    activity rollups current (in the background) ${seconds(rollupRefreshMs)} after the answer`,
    );
    console.log(`(b) baseline \\copy ${seconds(copyMs)} + JSON.parse ${seconds(jsonParseMs)} = ${seconds(baselineMs)}`);
    if (rowwiseMs !== null) {
      console.log(
        `(c) one INSERT per row (extrapolated from ${sample.length} rows + their cells): ${seconds(rowwiseMs)}`,
      );
    }
    console.log(
      `Ratio (a)/(b): ${(uploadMs / baselineMs).toFixed(2)}x (target <= 2x)` +
        (rowwiseMs === null ? '' : `; speed-up over (c): ${(rowwiseMs / uploadMs).toFixed(1)}x`),
    );
    return { load, uploadMs, rollupRefreshMs, peakRss, copyMs, jsonParseMs, rowwiseMs };
  } finally {
    await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
