import type { BreakdownCounters, BreakdownDimension, UsageFlags } from '../../usage/usage-row';
import { normalizeFeature, normalizeIde, normalizeLanguage, normalizeModel } from '../../normalize/names';

/** The activity counters, spelled the same at the top level and inside every `totals_by_*` entry. */
export const COPILOT_ACTIVITY_FIELDS = {
  generations: 'code_generation_activity_count',
  acceptances: 'code_acceptance_activity_count',
  interactions: 'user_initiated_interaction_count',
  locSuggestedAdd: 'loc_suggested_to_add_sum',
  locSuggestedDelete: 'loc_suggested_to_delete_sum',
  linesAdded: 'loc_added_sum',
  linesDeleted: 'loc_deleted_sum',
} as const satisfies Record<keyof BreakdownCounters, string>;

/** Flags and the record fields that set them; the cloud agent was renamed, so either name counts. */
export const COPILOT_FLAG_FIELDS = {
  usedAgent: ['used_agent'],
  usedChat: ['used_chat'],
  usedCli: ['used_cli'],
  usedCodeReview: ['used_copilot_code_review_active'],
  usedCloudAgent: ['used_copilot_coding_agent', 'used_copilot_cloud_agent'],
} as const satisfies Record<keyof UsageFlags, readonly string[]>;

interface BreakdownKeySource {
  readonly field: string;
  readonly normalize: (raw: string) => string;
}

export interface CopilotBreakdownSource {
  readonly field: string;
  readonly dimension: BreakdownDimension;
  readonly key: BreakdownKeySource;
  readonly key2: BreakdownKeySource | null;
}

/** Largest number of distinct raw names remembered per kind; a file with more just normalizes the rest each time. */
const MAX_REMEMBERED_NAMES = 4096;

/** Breakdown names repeat on every record (a few dozen per file), so each is normalized once. */
function remembered(normalize: (raw: string) => string): (raw: string) => string {
  const known = new Map<string, string>();
  return (raw) => {
    let name = known.get(raw);
    if (name === undefined) {
      name = normalize(raw);
      if (known.size < MAX_REMEMBERED_NAMES) known.set(raw, name);
    }
    return name;
  };
}

const IDE: BreakdownKeySource = { field: 'ide', normalize: remembered(normalizeIde) };
const FEATURE: BreakdownKeySource = { field: 'feature', normalize: remembered(normalizeFeature) };
const LANGUAGE: BreakdownKeySource = { field: 'language', normalize: remembered(normalizeLanguage) };
const MODEL: BreakdownKeySource = { field: 'model', normalize: remembered(normalizeModel) };

export const COPILOT_BREAKDOWN_SOURCES: readonly CopilotBreakdownSource[] = [
  { field: 'totals_by_ide', dimension: 'ide', key: IDE, key2: null },
  { field: 'totals_by_feature', dimension: 'feature', key: FEATURE, key2: null },
  { field: 'totals_by_language_feature', dimension: 'language_feature', key: LANGUAGE, key2: FEATURE },
  { field: 'totals_by_language_model', dimension: 'language_model', key: LANGUAGE, key2: MODEL },
  { field: 'totals_by_model_feature', dimension: 'model_feature', key: MODEL, key2: FEATURE },
];

/** Fields documented by GitHub that devpulse deliberately does not import: known, so they draw no warning. */
const DOCUMENTED_BUT_IGNORED = [
  // Report window and tenant: the upload already names the organization; the window is implied by `day`.
  'report_start_day',
  'report_end_day',
  'enterprise_id',
  'organization_id',
  // Adoption phase criteria are unpublished and open-ended.
  'ai_adoption_phase',
  // Flags without a counterpart in UsageFlags (passive review means no engagement at all).
  'used_copilot_app',
  'used_copilot_code_review_passive',
  // Top-5 lists and surfaces outside the IDE/CLI counters; summing them would double count.
  'totals_by_copilot_app',
  'totals_by_3rd_party_agent',
  'totals_by_skill',
  'totals_by_custom_agent',
  'totals_by_mcp',
  'totals_by_slash_cmd',
  'totals_by_plugin',
  'distinct_skill_use_count',
  'distinct_custom_agent_use_count',
  'distinct_mcp_use_count',
  'distinct_slash_cmd_use_count',
  'distinct_plugin_use_count',
  // Chat modes as top-level ints: real files carry the same numbers as `totals_by_feature` entries.
  'chat_panel_agent_mode',
  'chat_panel_ask_mode',
  'chat_panel_custom_mode',
  'chat_panel_edit_mode',
  'chat_panel_plan_mode',
  'chat_panel_unknown_mode',
  // GitHub-internal partitioning fields seen in the official example.
  'etl_id',
  'day_partition',
  'entity_id_partition',
];

export const COPILOT_KNOWN_FIELDS: ReadonlySet<string> = new Set([
  'day',
  'user_id',
  'user_login',
  'ai_credits_used',
  'active_time_minutes',
  'totals_by_cli',
  ...Object.values(COPILOT_ACTIVITY_FIELDS),
  ...Object.values(COPILOT_FLAG_FIELDS).flat(),
  ...COPILOT_BREAKDOWN_SOURCES.map((source) => source.field),
  ...DOCUMENTED_BUT_IGNORED,
]);
