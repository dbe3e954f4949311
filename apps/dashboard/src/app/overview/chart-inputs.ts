import { ENGAGEMENT_BUCKETS, type EngagementBucket as EngagementBucketKey } from '@devpulse/domain';
import type { DimensionAggregate, EngagementBucket, UserAggregate } from '../charts/chart-data';
import type { OverviewDimension, OverviewMetrics } from './overview-data';

/** The query result in the shapes the chart components take. */
export interface OverviewChartInputs {
  days: OverviewMetrics['byDay'];
  users: UserAggregate[];
  ides: DimensionAggregate[];
  languages: DimensionAggregate[];
  features: DimensionAggregate[];
  models: DimensionAggregate[];
  engagement: EngagementBucket[];
}

export function toChartInputs(metrics: OverviewMetrics): OverviewChartInputs {
  return {
    days: metrics.byDay,
    users: metrics.byUser,
    ides: metrics.byIde.map(toDimension),
    languages: metrics.byLanguage.map(toDimension),
    features: metrics.byFeature.map(toDimension),
    models: metrics.byModel.map(toDimension),
    engagement: metrics.engagement.flatMap((row) =>
      isEngagementBucket(row.bucket) ? [{ bucket: row.bucket, developers: row.developers }] : [],
    ),
  };
}

// The API's share is null when nothing in the dimension is attributed; every row then has no generations either.
function toDimension(row: OverviewDimension): DimensionAggregate {
  return { ...row, share: row.share ?? 0 };
}

function isEngagementBucket(bucket: string): bucket is EngagementBucketKey {
  return (ENGAGEMENT_BUCKETS as readonly string[]).includes(bucket);
}
