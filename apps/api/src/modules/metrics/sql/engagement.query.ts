import { ENGAGEMENT_BUCKETS, engagementBucket, type EngagementBucket, type EngagementCount } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import type { ResolvedFilter } from '../resolved-filter';
import { ACTIVE_DAY_SQL, developerDaysCte } from './developer-days.sql';
import { toNumber } from './numeric';
import { SqlParams } from './sql-params';

interface HistogramRow {
  days_active: string;
  developers: string;
}

/**
 * Developers per number of active days comes from SQL (at most one row per day of the period); the domain's
 * `engagementBucket` then folds those counts into buckets, so the bucket edges are defined once.
 */
export async function queryEngagement(dataSource: DataSource, filter: ResolvedFilter): Promise<EngagementCount[]> {
  const params = new SqlParams();
  const sql = `WITH ${developerDaysCte(filter, params)},
active_per_user AS (SELECT developer_id, count(*) AS days_active FROM dd WHERE ${ACTIVE_DAY_SQL} GROUP BY developer_id)
SELECT days_active, count(*) AS developers FROM active_per_user GROUP BY days_active`;
  const rows = (await dataSource.query(sql, params.values)) as HistogramRow[];
  return engagementFromCounts(
    rows.map((row) => ({ daysActive: toNumber(row.days_active), developers: toNumber(row.developers) })),
  );
}

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
