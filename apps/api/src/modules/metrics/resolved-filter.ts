import type { InsightThresholds, MetricSource } from '@devpulse/domain';

/**
 * A filter after defaults and validation: every query in metrics, insights, explorer and exports takes this.
 * Lists are empty when they do not restrict; dimension keys are trimmed and lower-cased like stored keys.
 */
export interface ResolvedFilter {
  readonly organizationId: string;
  /** `YYYY-MM-DD`, inclusive. */
  readonly from: string;
  readonly to: string;
  /** Inclusive length of the period. */
  readonly days: number;
  readonly sources: readonly MetricSource[];
  readonly developerIds: readonly string[];
  readonly teamIds: readonly string[];
  readonly ides: readonly string[];
  readonly languages: readonly string[];
  readonly features: readonly string[];
  readonly models: readonly string[];
  /** The organization's data version when the filter was resolved: cached aggregates of another version are stale. */
  readonly dataVersion: string;
  /** Writes are queued for the activity rollups: until they are processed, only the stored rows answer exactly. */
  readonly rollupsPending: boolean;
  /** The organization's insight thresholds (its settings), read with the data version. */
  readonly insightThresholds: InsightThresholds;
}

/** True when only the period and sources restrict, so per-day rollups (summed over developers) can answer. */
export function isOrganizationWide(filter: ResolvedFilter): boolean {
  return (
    filter.developerIds.length === 0 &&
    filter.teamIds.length === 0 &&
    filter.ides.length === 0 &&
    filter.languages.length === 0 &&
    filter.features.length === 0 &&
    filter.models.length === 0
  );
}
