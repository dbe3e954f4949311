import type { EngagementCount } from '../definitions/engagement';

/** The shapes of the `metrics` query: what the API returns and what the reference aggregator computes. */

export interface AggregateKpis {
  totalGenerations: number;
  totalAcceptances: number;
  /** Not gated: null only when there are no generations. */
  acceptanceRate: number | null;
  linesAdded: number;
  linesDeleted: number;
  netLines: number;
  interactions: number;
  /** Distinct developers with at least one active day. */
  activeUsers: number;
  /** Distinct active (developer, day) pairs. */
  activeDays: number;
  /** Total value (added + deleted) with the value config given, by default `DEFAULT_VALUE_CONFIG`. */
  estimatedValue: number;
}

export interface DayAggregate {
  day: string;
  generations: number;
  acceptances: number;
  /** Not gated: null only when there are no generations that day. */
  acceptanceRate: number | null;
  linesAdded: number;
  linesDeleted: number;
  interactions: number;
  /** Developers active that day. */
  activeUsers: number;
}

export interface UserAggregate {
  developerId: string;
  label: string;
  generations: number;
  acceptances: number;
  /** Gated by `MIN_GENERATIONS_FOR_RATE`. */
  acceptanceRate: number | null;
  linesAdded: number;
  linesDeleted: number;
  interactions: number;
  daysActive: number;
}

export interface DimensionAggregate {
  key: string;
  label: string;
  generations: number;
  acceptances: number;
  /** Gated by `MIN_GENERATIONS_FOR_RATE` for IDE and language; for feature and model only null at 0. */
  acceptanceRate: number | null;
}

export interface MetricsAggregate {
  kpis: AggregateKpis;
  /** Every day of the filter range, ascending, zero-filled. */
  byDay: DayAggregate[];
  /** Developers with any row in the filter, by generations descending, then label, then id. */
  byUser: UserAggregate[];
  /** The five buckets, in order, zeros included. */
  engagement: EngagementCount[];
  /** By generations descending, then key. */
  byIde: DimensionAggregate[];
  byLanguage: DimensionAggregate[];
  byFeature: DimensionAggregate[];
  byModel: DimensionAggregate[];
}
