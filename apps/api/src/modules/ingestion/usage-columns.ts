import type { BreakdownCounters, UsageCounters, UsageFlags } from '@devpulse/domain';

/**
 * How the domain's row fields map to SQL columns, written once for the staging tables, the merge statements and
 * the benchmark. `staging` is the type used while a file is combined: wider than the stored type, so summing the
 * parts of one day cannot overflow before the stored column's own check runs.
 */
export interface ColumnSpec<Field extends string> {
  readonly field: Field;
  readonly column: string;
  readonly staging: 'bigint' | 'numeric';
}

export const COUNTER_COLUMNS: readonly ColumnSpec<keyof UsageCounters>[] = [
  { field: 'generations', column: 'generations', staging: 'bigint' },
  { field: 'acceptances', column: 'acceptances', staging: 'bigint' },
  { field: 'interactions', column: 'interactions', staging: 'bigint' },
  { field: 'locSuggestedAdd', column: 'loc_suggested_add', staging: 'bigint' },
  { field: 'locSuggestedDelete', column: 'loc_suggested_delete', staging: 'bigint' },
  { field: 'linesAdded', column: 'lines_added', staging: 'bigint' },
  { field: 'linesDeleted', column: 'lines_deleted', staging: 'bigint' },
  { field: 'sessions', column: 'sessions', staging: 'bigint' },
  { field: 'commits', column: 'commits', staging: 'bigint' },
  { field: 'pullRequests', column: 'pull_requests', staging: 'bigint' },
  { field: 'tokensInput', column: 'tokens_input', staging: 'bigint' },
  { field: 'tokensOutput', column: 'tokens_output', staging: 'bigint' },
  { field: 'tokensCacheCreation', column: 'tokens_cache_creation', staging: 'bigint' },
  { field: 'tokensCacheRead', column: 'tokens_cache_read', staging: 'bigint' },
  { field: 'costCents', column: 'cost_cents', staging: 'numeric' },
];

/** Unknown (null) is not zero: these stay null until some file knows them. */
export const NULLABLE_COUNTER_COLUMNS: readonly ColumnSpec<keyof UsageCounters>[] = [
  { field: 'aiCredits', column: 'ai_credits', staging: 'numeric' },
  { field: 'activeMinutes', column: 'active_minutes', staging: 'numeric' },
];

export const FLAG_COLUMNS: readonly { readonly field: keyof UsageFlags; readonly column: string }[] = [
  { field: 'usedAgent', column: 'used_agent' },
  { field: 'usedChat', column: 'used_chat' },
  { field: 'usedCli', column: 'used_cli' },
  { field: 'usedCodeReview', column: 'used_code_review' },
  { field: 'usedCloudAgent', column: 'used_cloud_agent' },
];

export const BREAKDOWN_COLUMNS: readonly ColumnSpec<keyof BreakdownCounters>[] = [
  { field: 'generations', column: 'generations', staging: 'bigint' },
  { field: 'acceptances', column: 'acceptances', staging: 'bigint' },
  { field: 'interactions', column: 'interactions', staging: 'bigint' },
  { field: 'locSuggestedAdd', column: 'loc_suggested_add', staging: 'bigint' },
  { field: 'locSuggestedDelete', column: 'loc_suggested_delete', staging: 'bigint' },
  { field: 'linesAdded', column: 'lines_added', staging: 'bigint' },
  { field: 'linesDeleted', column: 'lines_deleted', staging: 'bigint' },
];
