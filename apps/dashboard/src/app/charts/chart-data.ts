import type { EngagementBucket as EngagementBucketKey } from '@devpulse/domain';

/**
 * What the overview's charts read: plain interfaces mirroring the GraphQL `MetricsAggregate` fields the API serves
 * (`byDay`, `byUser`, `byIde`, `byLanguage`, `byFeature`, `byModel`, `engagement`). Generated operation types are
 * structurally assignable to these, so the page passes query results straight in.
 */

export interface DayAggregate {
  /** `YYYY-MM-DD` */
  day: string;
  generations: number;
  acceptances: number;
  /** `null` when there were no generations that day, never 0. */
  acceptanceRate: number | null;
  linesAdded: number;
  linesDeleted: number;
  interactions: number;
  activeUsers: number;
}

export interface DeveloperRef {
  id: string;
  displayName: string;
  githubLogin: string | null;
  email: string | null;
}

export interface UserAggregate {
  developer: DeveloperRef;
  generations: number;
  acceptances: number;
  /** `null` below `MIN_GENERATIONS_FOR_RATE` generations. */
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
  /** `null` with no generations, and for IDE and language below `MIN_GENERATIONS_FOR_RATE`. */
  acceptanceRate: number | null;
  share: number;
}

export interface EngagementBucket {
  bucket: EngagementBucketKey;
  developers: number;
}

/** The filter period, used in download file names (`activity-over-time_2026-10-01_2026-10-28.csv`). */
export interface ChartPeriod {
  from: string;
  to: string;
}

/** How a developer is named on every chart: the GitHub login, else the email, else the display name. */
export function developerLabel(developer: DeveloperRef): string {
  return developer.githubLogin ?? developer.email ?? developer.displayName;
}

/** Days oldest first, as the per-day charts draw them; the input is left as it is. */
export function inDayOrder<T extends { day: string }>(days: readonly T[]): T[] {
  return [...days].sort((a, b) => a.day.localeCompare(b.day));
}

/** `activity-over-time` + period → `activity-over-time_2026-10-01_2026-10-28`. */
export function chartFileName(base: string, period: ChartPeriod | null): string {
  return period === null ? base : `${base}_${period.from}_${period.to}`;
}
