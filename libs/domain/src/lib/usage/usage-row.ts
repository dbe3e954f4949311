/**
 * The unified shape every file format normalizes into: one developer, one tool, one UTC day.
 * Natural key: (organization, developer, tool, day) — see `usageRowKey`.
 */

/** Which family of tool a row came from; the filter dimension `sources` uses these. */
export type MetricSource = 'COPILOT' | 'CLAUDE_CODE' | 'OTHER';

export const METRIC_SOURCES: readonly MetricSource[] = ['COPILOT', 'CLAUDE_CODE', 'OTHER'];

export type IdentityKind = 'github_user_id' | 'github_login' | 'email' | 'api_key';

export const IDENTITY_KINDS: readonly IdentityKind[] = ['github_user_id', 'github_login', 'email', 'api_key'];

/** A normalized identity value (see identity/normalize-identity.ts). */
export interface IdentityRef {
  readonly kind: IdentityKind;
  readonly value: string;
}

/**
 * Who a row belongs to, as the file names them. `identities` is in priority order:
 * the first one that is already known resolves the developer (Copilot: user id before login).
 */
export interface PersonRef {
  readonly identities: readonly IdentityRef[];
  readonly displayName: string | null;
  /** API-key actors (Claude Code `api_actor`) are services: flagged, never merged into a person. */
  readonly isService: boolean;
}

/** Counters of one developer-tool-day. Nullable ones are "unknown" when absent, never 0. */
export interface UsageCounters {
  generations: number;
  acceptances: number;
  interactions: number;
  locSuggestedAdd: number;
  locSuggestedDelete: number;
  linesAdded: number;
  linesDeleted: number;
  sessions: number;
  commits: number;
  pullRequests: number;
  tokensInput: number;
  tokensOutput: number;
  tokensCacheCreation: number;
  tokensCacheRead: number;
  costCents: number;
  aiCredits: number | null;
  activeMinutes: number | null;
}

export const COUNTER_FIELDS = [
  'generations',
  'acceptances',
  'interactions',
  'locSuggestedAdd',
  'locSuggestedDelete',
  'linesAdded',
  'linesDeleted',
  'sessions',
  'commits',
  'pullRequests',
  'tokensInput',
  'tokensOutput',
  'tokensCacheCreation',
  'tokensCacheRead',
  'costCents',
] as const satisfies readonly (keyof UsageCounters)[];

export const NULLABLE_COUNTER_FIELDS = ['aiCredits', 'activeMinutes'] as const satisfies readonly (keyof UsageCounters)[];

export interface UsageFlags {
  usedAgent: boolean;
  usedChat: boolean;
  usedCli: boolean;
  usedCodeReview: boolean;
  usedCloudAgent: boolean;
}

export const FLAG_FIELDS = [
  'usedAgent',
  'usedChat',
  'usedCli',
  'usedCodeReview',
  'usedCloudAgent',
] as const satisfies readonly (keyof UsageFlags)[];

export type BreakdownDimension =
  | 'ide'
  | 'feature'
  | 'language'
  | 'model'
  | 'language_feature'
  | 'language_model'
  | 'model_feature';

export const BREAKDOWN_DIMENSIONS: readonly BreakdownDimension[] = [
  'ide',
  'feature',
  'language',
  'model',
  'language_feature',
  'language_model',
  'model_feature',
];

export interface BreakdownCounters {
  generations: number;
  acceptances: number;
  interactions: number;
  locSuggestedAdd: number;
  locSuggestedDelete: number;
  linesAdded: number;
  linesDeleted: number;
}

export const BREAKDOWN_COUNTER_FIELDS = [
  'generations',
  'acceptances',
  'interactions',
  'locSuggestedAdd',
  'locSuggestedDelete',
  'linesAdded',
  'linesDeleted',
] as const satisfies readonly (keyof BreakdownCounters)[];

/**
 * One breakdown cell. Single-key dimensions use `key2 = ''`.
 * Keys are normalized (e.g. `csharp`, `claude-sonnet-4.5`); `rawKey`/`rawKey2` keep what the file said.
 */
export interface BreakdownRow extends BreakdownCounters {
  dimension: BreakdownDimension;
  key: string;
  key2: string;
  rawKey: string;
  rawKey2: string;
}

export interface NormalizedUsageRow {
  /** 1-based line of the file where the record starts (for error reports). */
  line: number;
  source: MetricSource;
  /** Tool identifier, lower-case: `copilot`, `claude_code`, or the CSV `tool` column (e.g. `cursor`). */
  tool: string;
  /** UTC calendar day, `YYYY-MM-DD`. */
  day: string;
  person: PersonRef;
  counters: UsageCounters;
  flags: UsageFlags;
  breakdowns: BreakdownRow[];
}

export function emptyCounters(): UsageCounters {
  return {
    generations: 0,
    acceptances: 0,
    interactions: 0,
    locSuggestedAdd: 0,
    locSuggestedDelete: 0,
    linesAdded: 0,
    linesDeleted: 0,
    sessions: 0,
    commits: 0,
    pullRequests: 0,
    tokensInput: 0,
    tokensOutput: 0,
    tokensCacheCreation: 0,
    tokensCacheRead: 0,
    costCents: 0,
    aiCredits: null,
    activeMinutes: null,
  };
}

export function emptyFlags(): UsageFlags {
  return { usedAgent: false, usedChat: false, usedCli: false, usedCodeReview: false, usedCloudAgent: false };
}

export function emptyBreakdownCounters(): BreakdownCounters {
  return {
    generations: 0,
    acceptances: 0,
    interactions: 0,
    locSuggestedAdd: 0,
    locSuggestedDelete: 0,
    linesAdded: 0,
    linesDeleted: 0,
  };
}
