import type { DataSource } from 'typeorm';
import type { ResolvedFilter } from '../metrics/resolved-filter';
import { developerLabelSql } from '../metrics/sql/developer-label.sql';
import { rowFilterSql } from '../metrics/sql/row-filter.sql';
import { SqlParams } from '../metrics/sql/sql-params';

/** The last row of a batch: the next batch starts strictly after it in (day, developer, tool) order. */
export interface RawRowKey {
  day: string;
  developerId: string;
  tool: string;
}

export interface RawRowRecord {
  day: string;
  developer_id: string;
  developer: string;
  display_name: string;
  source: string;
  tool: string;
  generations: number;
  acceptances: number;
  interactions: number;
  lines_added: number;
  lines_deleted: number;
  loc_suggested_add: number;
  loc_suggested_delete: number;
  sessions: number;
  commits: number;
  pull_requests: number;
  tokens_input: string;
  tokens_output: string;
  tokens_cache_creation: string;
  tokens_cache_read: string;
  cost_cents: string;
  ai_credits: string | null;
  active_minutes: number | null;
}

/** One batch of stored developer-tool-days matching the filter, in keyset order (no OFFSET: constant cost per batch). */
export async function queryRawRowBatch(
  dataSource: DataSource,
  filter: ResolvedFilter,
  after: RawRowKey | null,
  limit: number,
): Promise<RawRowRecord[]> {
  const params = new SqlParams();
  const where = [rowFilterSql(filter, params, 'm')];
  if (after) {
    where.push(
      `(m.day, m.developer_id, m.tool) > (${params.add(after.day)}::date, ${params.add(after.developerId)}::uuid, ${params.add(after.tool)}::text)`,
    );
  }
  const sql = `SELECT m.day::text AS day, m.developer_id, ${developerLabelSql('d')} AS developer, d.display_name,
  m.source, m.tool, m.generations, m.acceptances, m.interactions, m.lines_added, m.lines_deleted,
  m.loc_suggested_add, m.loc_suggested_delete, m.sessions, m.commits, m.pull_requests, m.tokens_input, m.tokens_output,
  m.tokens_cache_creation, m.tokens_cache_read, m.cost_cents, m.ai_credits, m.active_minutes
FROM daily_developer_metrics m
JOIN developers d ON d.organization_id = m.organization_id AND d.id = m.developer_id
WHERE ${where.join(' AND ')}
ORDER BY m.day, m.developer_id, m.tool
LIMIT ${params.add(limit)}`;
  return (await dataSource.query(sql, params.values)) as RawRowRecord[];
}
