import 'reflect-metadata';
import { addDays } from '@devpulse/domain';
import autocannon from 'autocannon';
import { parseFlags, stringFlag } from '../../../apps/api/src/cli/args';
import { loadConfig } from '../../../apps/api/src/config/env';
import { migrate, openDatabase } from '../../../apps/api/src/database/data-source';
import { TokenService } from '../../../apps/api/src/modules/auth/token.service';
import { startBundleServer } from '../shared/bundle-server';
import { DEVELOPER_QUERY, KPIS_QUERY, OVERVIEW_QUERY } from './bench-queries';
import { inMemoryOverview } from './in-memory-baseline';
import { measureLatency } from './latency';

/**
 * `npm run bench:aggregate -- [--org seed] [--runs 40] [--duration 15] [--baseline-runs 3] [--port 3917]`: the
 * aggregation API against a seeded organization on the PostgreSQL in DATABASE_URL, through the production bundle
 * in a child process (build it first: `npx nx build api`), so autocannon and the timing never share its event loop.
 */
async function main(): Promise<void> {
  const { flags } = parseFlags(process.argv.slice(2));
  const slug = stringFlag(flags, 'org') ?? 'seed';
  const runs = Number(stringFlag(flags, 'runs') ?? 40);
  const duration = Number(stringFlag(flags, 'duration') ?? 15);
  const baselineRuns = Number(stringFlag(flags, 'baseline-runs') ?? 3);
  const config = { ...loadConfig({ ...process.env, PORT: '0', NODE_ENV: 'production' }) };
  if (!config.databaseUrl) throw new Error('Set DATABASE_URL: the benchmark measures real PostgreSQL.');
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: null });
  const dataSource = database.dataSource;
  await migrate(dataSource);
  const [organization] = (await dataSource.query(
    `SELECT o.id, max(m.day)::text AS last_day, count(DISTINCT m.developer_id) AS developers
     FROM organizations o JOIN daily_developer_metrics m ON m.organization_id = o.id WHERE o.slug = $1 GROUP BY o.id`,
    [slug],
  )) as { id: string; last_day: string; developers: string }[];
  if (!organization) throw new Error(`No seeded organization "${slug}": run npm run seed first.`);
  const { secret, token } = await new TokenService(dataSource).create(organization.id, 'bench', 'viewer');
  const server = await startBundleServer({
    databaseUrl: config.databaseUrl,
    port: Number(stringFlag(flags, 'port') ?? 3917),
  });
  const url = server.url;
  const post = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };

  try {
    const period = { from: addDays(organization.last_day, -89), to: organization.last_day };
    const [counts] = (await dataSource.query(
      `SELECT (SELECT count(*) FROM daily_developer_metrics WHERE organization_id = $1) AS daily,
              (SELECT count(*) FROM daily_metric_breakdowns WHERE organization_id = $1) AS cells`,
      [organization.id],
    )) as { daily: string; cells: string }[];
    console.log(
      `organization ${slug}: ${organization.developers} developers, ${counts?.daily} daily rows, ${counts?.cells} breakdown rows; 90 days ${period.from}..${period.to}`,
    );

    // Cold: the data version is bumped before each request (untimed), so every section is recomputed in SQL.
    const bumpVersion = () =>
      dataSource.query(
        `INSERT INTO metric_data_versions (organization_id) VALUES ($1)
         ON CONFLICT (organization_id) DO UPDATE SET version = metric_data_versions.version + 1`,
        [organization.id],
      );
    const report = (name: string, result: { p50: number; p95: number; runs: number }) =>
      console.log(`${name}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms (${result.runs} runs)`);

    // Five untimed requests first: each of the server's pooled connections runs the overview's queries once (a
    // PostgreSQL backend's first run of a statement pays for its catalog lookups and memory, 2-3x the later ones).
    const overviewCold = await measureLatency(runs, 5, () => post(OVERVIEW_QUERY, { filter: period }), bumpVersion);
    report('overview (metrics + insights, 90 days), cold', overviewCold);
    const overview = await measureLatency(runs, 3, () => post(OVERVIEW_QUERY, { filter: period }));
    report('overview, warm (cached until the data changes)', overview);

    const [busiest] = (await dataSource.query(
      `SELECT developer_id FROM daily_developer_metrics WHERE organization_id = $1 AND day BETWEEN $2 AND $3
       GROUP BY developer_id ORDER BY count(*) DESC LIMIT 1`,
      [organization.id, period.from, period.to],
    )) as { developer_id: string }[];
    const developerFilter = { filter: { ...period, developerIds: [busiest?.developer_id] } };
    report(
      'one developer, full metrics (90 days), cold',
      await measureLatency(runs, 3, () => post(DEVELOPER_QUERY, developerFilter), bumpVersion),
    );
    report('one developer, warm', await measureLatency(runs, 3, () => post(DEVELOPER_QUERY, developerFilter)));

    const load = await autocannon({
      url: `${url}/graphql`,
      connections: 50,
      duration,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
      body: JSON.stringify({ query: KPIS_QUERY }),
    });
    console.log(
      `kpis (default 28 days), 50 connections, ${duration} s: ${load.requests.average.toFixed(0)} req/s, ` +
        `p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, errors ${load.errors}, non-2xx ${load.non2xx}`,
    );

    // Last: it holds ~3.5 M rows in this process's heap, whose garbage collection would slow the client above.
    if (baselineRuns > 0) {
      const baselines = [];
      for (let i = 0; i < baselineRuns; i++)
        baselines.push(await inMemoryOverview(dataSource, organization.id, period));
      const baseline =
        baselines.map((b) => b.loadMs + b.aggregateMs).sort((a, b) => a - b)[Math.floor(baselineRuns / 2)] ?? 0;
      const sample = baselines[0];
      console.log(
        `in-memory (load ${sample?.rows} rows + ${sample?.cells} cells, aggregateInMemory): median ${baseline.toFixed(0)} ms ` +
          `(load ${sample?.loadMs.toFixed(0)} ms, aggregate ${sample?.aggregateMs.toFixed(0)} ms); speed-up ` +
          `cold ${(baseline / overviewCold.p50).toFixed(1)}× at p50, ${(baseline / overviewCold.p95).toFixed(1)}× at p95; ` +
          `warm ${(baseline / overview.p95).toFixed(1)}× at p95`,
      );
    }
  } finally {
    await server.stop();
    await dataSource.query(`DELETE FROM api_tokens WHERE id = $1`, [token.id]);
    await database.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
