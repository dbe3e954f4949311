import { acceptanceRate } from '../definitions/acceptance-rate';
import type { InsightThresholds, InsightUser } from './insight';

/** How a people insight ranks developers: who may be listed, by which value, and how many at most. */
export interface InsightRanking {
  readonly eligible: (user: InsightUser, thresholds: InsightThresholds) => boolean;
  readonly value: (user: InsightUser) => number;
  readonly size: (thresholds: InsightThresholds) => number;
}

/** A rate of at least `highAcceptanceRate` over at least `highAcceptanceMinGenerations` generations. */
export function qualifiesForHighAcceptance(user: InsightUser, thresholds: InsightThresholds): boolean {
  const rate = acceptanceRate(user.acceptances, user.generations);
  return (
    rate !== null &&
    user.generations >= thresholds.highAcceptanceMinGenerations &&
    rate >= thresholds.highAcceptanceRate
  );
}

/** Developers with generations, by generations; the share rule may list fewer than `powerUserMax`. */
export const POWER_USERS_RANKING: InsightRanking = {
  eligible: (user) => user.generations > 0,
  value: (user) => user.generations,
  size: (thresholds) => thresholds.powerUserMax,
};

/** Qualifying developers by acceptance rate. */
export const HIGH_ACCEPTANCE_RANKING: InsightRanking = {
  eligible: qualifiesForHighAcceptance,
  value: (user) => acceptanceRate(user.acceptances, user.generations) ?? 0,
  size: (thresholds) => thresholds.highAcceptanceMax,
};

/** Developers with lines added, by lines added. */
export const TOP_LINES_RANKING: InsightRanking = {
  eligible: (user) => user.linesAdded > 0,
  value: (user) => user.linesAdded,
  size: (thresholds) => thresholds.topLinesMax,
};

export const INSIGHT_RANKINGS: readonly InsightRanking[] = [
  POWER_USERS_RANKING,
  HIGH_ACCEPTANCE_RANKING,
  TOP_LINES_RANKING,
];

/** The ranking's eligible developers, in input order. */
export function eligibleFor(ranking: InsightRanking, users: readonly InsightUser[], thresholds: InsightThresholds) {
  return users.filter((user) => ranking.eligible(user, thresholds));
}
