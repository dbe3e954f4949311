import type { DataSource } from 'typeorm';
import type { RawRowKey } from './raw-rows.query';

export interface StoredRowRecord {
  day: string;
  developer_id: string;
  tool: string;
  /** The whole stored row with its breakdown cells, as PostgreSQL serializes it. */
  line: string;
}

/**
 * One batch of the organization's stored rows, unfiltered, each with its breakdown cells, as JSON built by
 * PostgreSQL (so bigint and numeric keep their exact digits). Keyset order: (day, developer, tool).
 */
export async function queryStoredRowBatch(
  dataSource: DataSource,
  organizationId: string,
  after: RawRowKey | null,
  limit: number,
): Promise<StoredRowRecord[]> {
  const params: unknown[] = [organizationId, limit];
  let keyset = '';
  if (after) {
    params.push(after.day, after.developerId, after.tool);
    keyset = 'AND (m.day, m.developer_id, m.tool) > ($3::date, $4::uuid, $5::text)';
  }
  const sql = `SELECT m.day::text AS day, m.developer_id, m.tool,
  json_build_object(
    'developerId', m.developer_id, 'displayName', d.display_name, 'source', m.source, 'tool', m.tool, 'day', m.day,
    'generations', m.generations, 'acceptances', m.acceptances, 'interactions', m.interactions,
    'locSuggestedAdd', m.loc_suggested_add, 'locSuggestedDelete', m.loc_suggested_delete,
    'linesAdded', m.lines_added, 'linesDeleted', m.lines_deleted, 'sessions', m.sessions, 'commits', m.commits,
    'pullRequests', m.pull_requests, 'tokensInput', m.tokens_input, 'tokensOutput', m.tokens_output,
    'tokensCacheCreation', m.tokens_cache_creation, 'tokensCacheRead', m.tokens_cache_read,
    'costCents', m.cost_cents, 'aiCredits', m.ai_credits, 'activeMinutes', m.active_minutes,
    'usedAgent', m.used_agent, 'usedChat', m.used_chat, 'usedCli', m.used_cli, 'usedCodeReview', m.used_code_review,
    'usedCloudAgent', m.used_cloud_agent,
    'breakdowns', coalesce(b.cells, '[]'::json)
  )::text AS line
FROM daily_developer_metrics m
JOIN developers d ON d.organization_id = m.organization_id AND d.id = m.developer_id
LEFT JOIN LATERAL (
  SELECT json_agg(json_build_object('dimension', c.dimension, 'key', c.key, 'key2', c.key2, 'rawKey', c.raw_key,
    'rawKey2', c.raw_key2, 'generations', c.generations, 'acceptances', c.acceptances, 'interactions', c.interactions,
    'locSuggestedAdd', c.loc_suggested_add, 'locSuggestedDelete', c.loc_suggested_delete,
    'linesAdded', c.lines_added, 'linesDeleted', c.lines_deleted) ORDER BY c.dimension, c.key, c.key2) AS cells
  FROM daily_metric_breakdowns c
  WHERE c.organization_id = m.organization_id AND c.developer_id = m.developer_id AND c.tool = m.tool AND c.day = m.day
) b ON true
WHERE m.organization_id = $1::uuid ${keyset}
ORDER BY m.day, m.developer_id, m.tool
LIMIT $2`;
  return (await dataSource.query(sql, params)) as StoredRowRecord[];
}

/** The organization's first and last stored day, for the file name of the unfiltered export. */
export async function queryStoredPeriod(
  dataSource: DataSource,
  organizationId: string,
): Promise<{ from: string | null; to: string | null }> {
  const [row] = (await dataSource.query(
    `SELECT min(day)::text AS from, max(day)::text AS to FROM daily_developer_metrics WHERE organization_id = $1`,
    [organizationId],
  )) as { from: string | null; to: string | null }[];
  return { from: row?.from ?? null, to: row?.to ?? null };
}
