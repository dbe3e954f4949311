/**
 * Insights: short, ranked observations computed from data the API has already aggregated in SQL.
 * Each rule returns nothing when it has nothing to say; a people rule says nothing when it lists nobody.
 */

export type InsightKind =
  | 'POWER_USERS'
  | 'HIGH_ACCEPTANCE'
  | 'TOP_LINES_ADDED'
  | 'QUOTA_EXCEEDED'
  | 'TREND'
  | 'ZERO_ACCEPTANCE';

export type InsightSeverity = 'success' | 'info' | 'warning';

export interface InsightItem {
  label: string;
  /** Already formatted for display, e.g. `1,234 generations`, `82.5%`. */
  value: string;
}

export interface Insight {
  kind: InsightKind;
  severity: InsightSeverity;
  title: string;
  detail: string;
  items: InsightItem[];
}

/** One developer over the period; `label` is the GitHub login, or the email when there is none. */
export interface InsightUser {
  label: string;
  generations: number;
  acceptances: number;
  linesAdded: number;
}

export interface InsightDay {
  /** `YYYY-MM-DD` */
  day: string;
  generations: number;
}

export interface InsightDeveloperDay {
  label: string;
  day: string;
  generations: number;
}

/**
 * Everything the rules could look at: every developer and developer-day of the period, as a client holding the
 * rows would have it. `summarizeInsightData` reduces it to the `InsightInput` the rules read.
 */
export interface InsightData {
  users: readonly InsightUser[];
  /** Every day of the period, zeros included. */
  days: readonly InsightDay[];
  /** Developer-days (any order); those not over the quota are ignored. */
  quotaDays: readonly InsightDeveloperDay[];
  /** Developer-days with generations > 0 and acceptances = 0. */
  zeroAcceptanceDeveloperDays: number;
  /** Length of the period in days, inclusive. */
  periodDays: number;
}

/**
 * The developers of the period as the people rules read them: counts, and the leaders of each ranking. The rules
 * list at most a handful of people out of thousands, so the API ranks in SQL and sends only the leaders; any
 * superset of them (everyone, in tests) gives the same insights.
 */
export interface InsightPeople {
  /** Developers with a stored row in the period: the power-user share is of all of them. */
  developerCount: number;
  /** Developers at or above the high-acceptance thresholds (`qualifiesForHighAcceptance`). */
  highAcceptanceCount: number;
  /** At least each ranking's first entries with every entry tied at its cut (`insightLeaders`), in any order. */
  leaders: readonly InsightUser[];
}

/** Developer-days over the daily quota: how many, and at least the busiest with the ties at the cut. */
export interface InsightQuotaDays {
  count: number;
  busiest: readonly InsightDeveloperDay[];
}

/** What the rules read; built from `InsightData` by `summarizeInsightData`, or by the API in SQL. */
export interface InsightInput {
  people: InsightPeople;
  /** Every day of the period, zeros included. */
  days: readonly InsightDay[];
  quotaDays: InsightQuotaDays;
  /** Developer-days with generations > 0 and acceptances = 0. */
  zeroAcceptanceDeveloperDays: number;
  /** Length of the period in days, inclusive. */
  periodDays: number;
}

/** Organization settings; `DEFAULT_INSIGHT_THRESHOLDS` holds the defaults. */
export interface InsightThresholds {
  /** Share of developers counted as power users (0.10 = top 10%). */
  powerUserTopShare: number;
  powerUserMax: number;
  /** Minimum acceptance rate, as a fraction. */
  highAcceptanceRate: number;
  highAcceptanceMinGenerations: number;
  highAcceptanceMax: number;
  topLinesMax: number;
  /** A developer-day strictly above this many generations exceeds the quota. */
  quotaGenerations: number;
  quotaMax: number;
  /** The trend compares two 7-day weeks, so it needs a period of at least this many days. */
  trendMinDays: number;
  /** A week-over-week drop of at least this fraction is a warning; a smaller drop is info. */
  trendWarningDrop: number;
}

export const DEFAULT_INSIGHT_THRESHOLDS: Readonly<InsightThresholds> = Object.freeze({
  powerUserTopShare: 0.1,
  powerUserMax: 5,
  highAcceptanceRate: 0.7,
  highAcceptanceMinGenerations: 50,
  highAcceptanceMax: 5,
  topLinesMax: 5,
  quotaGenerations: 500,
  quotaMax: 5,
  trendMinDays: 14,
  trendWarningDrop: 0.1,
});

/** One insight rule: an insight, or null when the data gives it nothing to say. */
export type InsightRule = (input: InsightInput, thresholds: InsightThresholds) => Insight | null;
