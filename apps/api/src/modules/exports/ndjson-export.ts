import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { RawRowKey } from './raw-rows.query';
import { queryStoredRowBatch } from './stored-rows.query';
import { writeWithBackpressure } from './stream-writer';

const BATCH = 2_000;

/** Every stored row of the organization with its breakdown cells, one JSON object per line, unfiltered. */
export async function streamRawNdjson(
  dataSource: DataSource,
  organizationId: string,
  res: Writable,
  batchSize = BATCH,
): Promise<void> {
  let after: RawRowKey | null = null;
  for (;;) {
    const batch = await queryStoredRowBatch(dataSource, organizationId, after, batchSize);
    if (batch.length > 0) await writeWithBackpressure(res, batch.map((row) => `${row.line}\n`).join(''));
    const last = batch.at(-1);
    if (!last || batch.length < batchSize) break;
    after = { day: last.day, developerId: last.developer_id, tool: last.tool };
  }
  res.end();
}
