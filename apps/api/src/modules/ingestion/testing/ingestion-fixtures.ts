import type { DataSource } from 'typeorm';
import type { TestApp } from '../../../testing/test-app';
import { graphqlUpload } from '../../../testing/upload';

export const RUN_FIELDS = `id fileName format status rowsProcessed rowsErrored errorDetails { line message } warnings bytes sha256
  newRows updatedRows distinctDevelopers firstDay lastDay createdAt finishedAt`;
export const UPLOAD = `mutation($file: Upload!, $format: MetricsFormat, $mapping: ColumnMappingInput) {
  uploadMetrics(file: $file, format: $format, mapping: $mapping) { ${RUN_FIELDS} } }`;
export const PREVIEW = `query($file: Upload!, $format: MetricsFormat, $mapping: ColumnMappingInput) {
  previewUpload(file: $file, format: $format, mapping: $mapping) {
    format rowCount columns mapping { day email login tool generations acceptances linesAdded linesDeleted interactions sessions }
    sample { line day tool source person identities { kind value } isService generations acceptances linesAdded aiCredits activeMinutes breakdownCount }
    warnings errors { line message } errorCount firstDay lastDay distinctDevelopers newRows updatedRows } }`;

export interface RunResult {
  id: string;
  fileName: string;
  format: string | null;
  status: 'PROCESSING' | 'COMPLETED' | 'FAILED';
  rowsProcessed: number;
  rowsErrored: number;
  errorDetails: { line: number; message: string }[];
  warnings: string[];
  bytes: number;
  sha256: string | null;
  newRows: number;
  updatedRows: number;
  distinctDevelopers: number;
  firstDay: string | null;
  lastDay: string | null;
  finishedAt: string | null;
}

/** One Copilot user-day record, as a line of the NDJSON export. */
export function copilotLine(record: {
  userId?: number;
  login?: string;
  day: string;
  generations?: number;
  acceptances?: number;
  interactions?: number;
  linesAdded?: number;
  languages?: Record<string, number>;
  extra?: Record<string, unknown>;
}): string {
  return JSON.stringify({
    day: record.day,
    ...(record.userId !== undefined ? { user_id: record.userId } : {}),
    ...(record.login !== undefined ? { user_login: record.login } : {}),
    code_generation_activity_count: record.generations ?? 0,
    code_acceptance_activity_count: record.acceptances ?? 0,
    user_initiated_interaction_count: record.interactions ?? 0,
    loc_added_sum: record.linesAdded ?? 0,
    totals_by_language_feature: Object.entries(record.languages ?? {}).map(([language, generations]) => ({
      language,
      feature: 'code_completion',
      code_generation_activity_count: generations,
      code_acceptance_activity_count: 0,
    })),
    ...record.extra,
  });
}

/** One Claude Code analytics record. */
export function claudeRecord(record: {
  day: string;
  email?: string;
  apiKey?: string;
  sessions: number;
  linesAdded: number;
  commits?: number;
}): Record<string, unknown> {
  return {
    date: `${record.day}T00:00:00Z`,
    actor: record.apiKey
      ? { type: 'api_actor', api_key_name: record.apiKey }
      : { type: 'user_actor', email_address: record.email },
    core_metrics: {
      num_sessions: record.sessions,
      lines_of_code: { added: record.linesAdded, removed: 0 },
      commits_by_claude_code: record.commits ?? 0,
      pull_requests_by_claude_code: 0,
    },
    tool_actions: {},
    model_breakdown: [],
  };
}

export function uploadMetrics(
  app: TestApp,
  fileName: string,
  content: string | Uint8Array<ArrayBuffer> | Blob,
  options: { token?: string | null; variables?: Record<string, unknown> } = {},
) {
  return graphqlUpload<{ uploadMetrics: RunResult }>(app, { query: UPLOAD, fileName, content, ...options });
}

/** Row counts of every table, to prove that something wrote nothing. */
/**
 * Rows per table, once the server's background work (the activity-rollup refresh that follows every import) has
 * finished, so that two snapshots differ only by what the operation between them wrote.
 */
export async function tableCounts(app: TestApp): Promise<Record<string, number>> {
  await app.server.services.metrics.rollups.drain();
  const dataSource = app.db.database.dataSource;
  const tables: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row]: { count: string }[] = await dataSource.query(`SELECT count(*) AS count FROM "${table_name}"`);
    counts[table_name] = Number(row?.count ?? 0);
  }
  return counts;
}

/** Stored totals of one organization (optionally one tool). */
export async function storedTotals(dataSource: DataSource, organizationId: string, tool?: string) {
  const [row]: Record<string, string | null>[] = await dataSource.query(
    `SELECT count(*) AS rows, coalesce(sum(generations), 0) AS generations, coalesce(sum(acceptances), 0) AS acceptances,
            coalesce(sum(interactions), 0) AS interactions, coalesce(sum(lines_added), 0) AS lines_added,
            coalesce(sum(lines_deleted), 0) AS lines_deleted, coalesce(sum(loc_suggested_add), 0) AS loc_suggested_add,
            coalesce(sum(loc_suggested_delete), 0) AS loc_suggested_delete, coalesce(sum(sessions), 0) AS sessions,
            coalesce(sum(commits), 0) AS commits, sum(ai_credits) AS ai_credits, count(active_minutes) AS active_minutes_known
       FROM daily_developer_metrics WHERE organization_id = $1 AND ($2::text IS NULL OR tool = $2)`,
    [organizationId, tool ?? null],
  );
  return Object.fromEntries(
    Object.entries(row ?? {}).map(([key, value]) => [key, value === null ? null : Number(value)]),
  );
}
