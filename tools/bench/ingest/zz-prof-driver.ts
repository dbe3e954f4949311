import fs from 'node:fs';
import { Client } from 'pg';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { openDatabase, migrate } from '../../../apps/api/src/database/data-source';
import { IngestionService } from '../../../apps/api/src/modules/ingestion/ingestion.service';
import { generateCopilotFile } from '../../../tools/bench/ingest/generate-copilot-file';

const stats = new Map<string, { n: number; ms: number }>();
const orig = PostgresQueryRunner.prototype.query;
PostgresQueryRunner.prototype.query = async function (this: PostgresQueryRunner, q: string, p?: unknown[], s?: boolean) {
  const t = performance.now();
  try { return await (orig as Function).call(this, q, p, s); } finally {
    const k = q.replace(/\s+/g, ' ').trim().slice(0, 70);
    const e = stats.get(k) ?? { n: 0, ms: 0 }; e.n++; e.ms += performance.now() - t; stats.set(k, e);
  }
} as typeof orig;

async function main() {
  const file = process.env.FILE ?? '/tmp/ingprof/full.ndjson';
  if (!fs.existsSync(file)) console.log(generateCopilotFile(file, { seed: 20260401, users: 800, days: 25 }));
  const admin = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  const name = 'devpulse_prof_' + Math.random().toString(16).slice(2, 8);
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const db = await openDatabase({ databaseUrl: `postgres://postgres@127.0.0.1:5432/${name}`, dataDir: null });
    await migrate(db.dataSource);
    const [org] = await db.dataSource.query(`INSERT INTO organizations (slug, name, settings) VALUES ('default','d','{}') RETURNING id`);
    const svc = new IngestionService(db.dataSource, { maxUploadBytes: 64 << 20, uploadsPerHour: 100 });
    stats.clear();
    for (let i = 0; i < Number(process.env.RUNS ?? 1); i++) {
      const t = performance.now();
      const run = await svc.import({ organizationId: org.id, tokenId: null, rateLimited: false }, { fileName: 'x.ndjson', stream: fs.createReadStream(file) }, { format: null, mapping: null });
      console.log('import', i, (performance.now() - t).toFixed(0), 'ms', run.status, run.rowsProcessed, run.rowsErrored, JSON.stringify(run.summary), 'rss', (process.memoryUsage().rss / 1e6).toFixed(0));
    }
    [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20).forEach(([k, v]) => console.log(v.ms.toFixed(0).padStart(7), String(v.n).padStart(5), k));
    await db.close();
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
void main();
