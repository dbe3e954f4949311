import { METRIC_SOURCES } from '@devpulse/domain';
import { ACTIVITY_SCOPE_ALL } from '../../../database/migrations/1764090000000-activity-rollups';
import { isOrganizationWide, type ResolvedFilter } from '../resolved-filter';

/**
 * The activity-rollup scope that answers a filter exactly, or null when only the stored rows can: rollups exist
 * for every source together and for each source alone, over whole organizations, once queued writes are processed.
 */
export function activityRollupScope(filter: ResolvedFilter): string | null {
  if (filter.rollupsPending || !isOrganizationWide(filter)) return null;
  const sources = [...new Set(filter.sources)];
  if (sources.length === 0 || METRIC_SOURCES.every((source) => sources.includes(source))) return ACTIVITY_SCOPE_ALL;
  return sources.length === 1 ? (sources[0] ?? null) : null;
}
