/** Engagement: how many developers were active on 1, 2–5, 6–10, 11–20 or 21+ days of the period. */

export const ENGAGEMENT_BUCKETS = ['1', '2-5', '6-10', '11-20', '21+'] as const;

export type EngagementBucket = (typeof ENGAGEMENT_BUCKETS)[number];

export interface EngagementCount {
  bucket: EngagementBucket;
  developers: number;
}

/** The bucket for a number of active days; `null` below 1, since an inactive developer is in no bucket. */
export function engagementBucket(activeDays: number): EngagementBucket | null {
  if (!(activeDays >= 1)) return null;
  if (activeDays < 2) return '1';
  if (activeDays <= 5) return '2-5';
  if (activeDays <= 10) return '6-10';
  if (activeDays <= 20) return '11-20';
  return '21+';
}

/** Counts developers per bucket from each developer's active days; every bucket is listed, zeros included. */
export function engagementHistogram(activeDaysPerDeveloper: Iterable<number>): EngagementCount[] {
  const counts = new Map<EngagementBucket, number>(ENGAGEMENT_BUCKETS.map((bucket) => [bucket, 0]));
  for (const days of activeDaysPerDeveloper) {
    const bucket = engagementBucket(days);
    if (bucket !== null) counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  return ENGAGEMENT_BUCKETS.map((bucket) => ({ bucket, developers: counts.get(bucket) ?? 0 }));
}
