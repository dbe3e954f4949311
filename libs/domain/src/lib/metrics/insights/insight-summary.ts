import type {
  InsightData,
  InsightDeveloperDay,
  InsightInput,
  InsightPeople,
  InsightQuotaDays,
  InsightThresholds,
  InsightUser,
} from './insight';
import { eligibleFor, HIGH_ACCEPTANCE_RANKING, INSIGHT_RANKINGS } from './insight-rankings';

/**
 * The entries whose value is at least the `size`-th largest: the first `size` of the ranking plus every entry tied
 * with the last of them, in input order. Whatever the tie-break, the listed entries are among these.
 */
export function leadersWithTies<T>(entries: readonly T[], value: (entry: T) => number, size: number): T[] {
  if (size <= 0) return [];
  if (entries.length <= size) return [...entries];
  const cut = entries.map(value).sort((a, b) => b - a)[size - 1] ?? Number.NEGATIVE_INFINITY;
  return entries.filter((entry) => value(entry) >= cut);
}

/** Every ranking's leaders with their ties (`leadersWithTies`), each developer once, in input order. */
export function insightLeaders(users: readonly InsightUser[], thresholds: InsightThresholds): InsightUser[] {
  const leaders = new Set<InsightUser>();
  for (const ranking of INSIGHT_RANKINGS) {
    const eligible = eligibleFor(ranking, users, thresholds);
    for (const user of leadersWithTies(eligible, ranking.value, ranking.size(thresholds))) leaders.add(user);
  }
  return users.filter((user) => leaders.has(user));
}

/** The people rules' input from every developer of the period. */
export function summarizeInsightPeople(users: readonly InsightUser[], thresholds: InsightThresholds): InsightPeople {
  return {
    developerCount: users.length,
    highAcceptanceCount: eligibleFor(HIGH_ACCEPTANCE_RANKING, users, thresholds).length,
    leaders: insightLeaders(users, thresholds),
  };
}

/** Developer-days strictly over the quota: their count and the busiest with the ties at the cut. */
export function summarizeQuotaDays(
  days: readonly InsightDeveloperDay[],
  thresholds: InsightThresholds,
): InsightQuotaDays {
  const over = days.filter((entry) => entry.generations > thresholds.quotaGenerations);
  return { count: over.length, busiest: leadersWithTies(over, (entry) => entry.generations, thresholds.quotaMax) };
}

/** The rules' input from everything a client could hold; the reference the API's SQL summary is tested against. */
export function summarizeInsightData(data: InsightData, thresholds: InsightThresholds): InsightInput {
  return {
    people: summarizeInsightPeople(data.users, thresholds),
    days: data.days,
    quotaDays: summarizeQuotaDays(data.quotaDays, thresholds),
    zeroAcceptanceDeveloperDays: data.zeroAcceptanceDeveloperDays,
    periodDays: data.periodDays,
  };
}
