import { roundMoney } from '@devpulse/domain';
import { format } from 'fast-csv';
import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { ExplorerService } from '../explorer/explorer.service';
import type { ExplorerSort } from '../explorer/explorer-sort';
import type { ResolvedFilter } from '../metrics/resolved-filter';
import { toNumber } from '../metrics/sql/numeric';
import { csvCell } from './csv-cell';
import { queryRawRowBatch, type RawRowKey } from './raw-rows.query';
import { writeWithBackpressure } from './stream-writer';

const RAW_BATCH = 5_000;
const EXPLORER_BATCH = 500;

const RAW_HEADERS = [
  'day',
  'developer_id',
  'developer',
  'display_name',
  'source',
  'tool',
  'generations',
  'acceptances',
  'interactions',
  'lines_added',
  'lines_deleted',
  'net_lines',
  'loc_suggested_add',
  'loc_suggested_delete',
  'sessions',
  'commits',
  'pull_requests',
  'tokens_input',
  'tokens_output',
  'tokens_cache_creation',
  'tokens_cache_read',
  'cost_cents',
  'ai_credits',
  'active_minutes',
];

const EXPLORER_HEADERS = [
  'developer',
  'days_active',
  'generations',
  'lines_added',
  'lines_deleted',
  'net_lines',
  'value_added',
  'value_deleted',
  'total_value',
];

/** Streams the stored developer-tool-days matching the filter, a keyset batch at a time. */
export async function streamRawCsv(
  dataSource: DataSource,
  filter: ResolvedFilter,
  res: Writable,
  batchSize = RAW_BATCH,
): Promise<void> {
  const csv = format<(string | number)[], (string | number)[]>({ headers: RAW_HEADERS });
  csv.pipe(res);
  let after: RawRowKey | null = null;
  for (;;) {
    const batch = await queryRawRowBatch(dataSource, filter, after, batchSize);
    for (const row of batch) {
      await writeWithBackpressure(
        csv,
        [
          row.day,
          row.developer_id,
          row.developer,
          row.display_name,
          row.source,
          row.tool,
          row.generations,
          row.acceptances,
          row.interactions,
          row.lines_added,
          row.lines_deleted,
          row.lines_added - row.lines_deleted,
          row.loc_suggested_add,
          row.loc_suggested_delete,
          row.sessions,
          row.commits,
          row.pull_requests,
          toNumber(row.tokens_input),
          toNumber(row.tokens_output),
          toNumber(row.tokens_cache_creation),
          toNumber(row.tokens_cache_read),
          toNumber(row.cost_cents),
          row.ai_credits === null ? null : toNumber(row.ai_credits),
          row.active_minutes,
        ].map(csvCell),
      );
    }
    const last = batch.at(-1);
    if (!last || batch.length < batchSize) break;
    after = { day: last.day, developerId: last.developer_id, tool: last.tool };
  }
  csv.end();
}

/** Streams every explorer row for the filter (all pages), values rounded to cents as the explorer displays them. */
export async function streamExplorerCsv(
  explorer: ExplorerService,
  request: {
    filter: ResolvedFilter;
    value: { linesPerHour?: number; ratePerHour?: number; currency?: string | null };
    sort: ExplorerSort | null;
    search: string | null;
  },
  res: Writable,
  startDownload: () => void,
): Promise<void> {
  // The first page validates the value settings before any byte is sent, so a bad setting is still a 400.
  let page = await explorer.page({ ...request, first: EXPLORER_BATCH, after: null });
  startDownload();
  const csv = format<(string | number)[], (string | number)[]>({ headers: EXPLORER_HEADERS });
  csv.pipe(res);
  for (;;) {
    for (const row of page.rows) {
      await writeWithBackpressure(
        csv,
        [
          row.label,
          row.daysActive,
          row.generations,
          row.linesAdded,
          row.linesDeleted,
          row.netLines,
          roundMoney(row.valueAdded),
          roundMoney(row.valueDeleted),
          roundMoney(row.totalValue),
        ].map(csvCell),
      );
    }
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) break;
    page = await explorer.page({ ...request, first: EXPLORER_BATCH, after: page.pageInfo.endCursor });
  }
  csv.end();
}
