import { ENGAGEMENT_BUCKETS, engagementBucket, type EngagementBucket, type EngagementCount } from '@devpulse/domain';
import { ACTIVE_DAY_SQL } from './developer-days.sql';

export interface HistogramRow {
  days_active: string | number;
  developers: string | number;
}

/** Developers per number of active days (`HistogramRow`s) over the developer-days `dd`. */
export const ACTIVE_DAY_HISTOGRAM_SQL = `SELECT days_active, count(*) AS developers
FROM (SELECT developer_id, count(*) AS days_active FROM dd WHERE ${ACTIVE_DAY_SQL} GROUP BY developer_id) active_per_user
GROUP BY days_active`;

/** Folds developers-per-number-of-active-days into the domain's buckets, all five, zeros included. */
export function engagementFromCounts(
  activeDayCounts: readonly { readonly daysActive: number; readonly developers: number }[],
): EngagementCount[] {
  const counts = new Map<EngagementBucket, number>(ENGAGEMENT_BUCKETS.map((bucket) => [bucket, 0]));
  for (const { daysActive, developers } of activeDayCounts) {
    const bucket = engagementBucket(daysActive);
    if (bucket !== null) counts.set(bucket, (counts.get(bucket) ?? 0) + developers);
  }
  return ENGAGEMENT_BUCKETS.map((bucket) => ({ bucket, developers: counts.get(bucket) ?? 0 }));
}
