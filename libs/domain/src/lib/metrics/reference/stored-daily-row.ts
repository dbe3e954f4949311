import type { BreakdownCounters, BreakdownRow, MetricSource, UsageCounters } from '../../usage/usage-row';

/** The counters the aggregates read; a full `UsageCounters` fits. */
export type AggregatedCounters = Pick<
  UsageCounters,
  'generations' | 'acceptances' | 'interactions' | 'linesAdded' | 'linesDeleted'
>;

/**
 * A breakdown cell as stored. Two-key dimensions keep their names' order:
 * `language_feature` (key = language, key2 = feature), `language_model` (key = language, key2 = model),
 * `model_feature` (key = model, key2 = feature).
 */
export type StoredBreakdown = Pick<BreakdownRow, 'dimension' | 'key' | 'key2'> & BreakdownCounters;

/** One stored developer-tool-day, as `daily_developer_metrics` holds it with its breakdown rows. */
export interface StoredDailyRow {
  developerId: string;
  /** GitHub login, or email when there is none. */
  label: string;
  source: MetricSource;
  tool: string;
  /** `YYYY-MM-DD` */
  day: string;
  counters: AggregatedCounters;
  breakdowns: readonly StoredBreakdown[];
}

/** Inclusive day range; an absent or empty list means "no restriction" on that field. */
export interface AggregateFilter {
  from: string;
  to: string;
  sources?: readonly MetricSource[] | null;
  developerIds?: readonly string[] | null;
}
