import { formatCount, formatPercent } from './insight-format';
import type { Insight, InsightInput, InsightThresholds } from './insight';
import { topByValue } from './insight-ranking';
import { eligibleFor, HIGH_ACCEPTANCE_RANKING } from './insight-rankings';

/**
 * Developers at or above the rate threshold, with enough generations for the rate to mean something
 * (`qualifiesForHighAcceptance`): the detail counts them all, the items list the highest rates.
 */
export function highAcceptanceInsight(input: InsightInput, thresholds: InsightThresholds): Insight | null {
  const { people } = input;
  const rated = eligibleFor(HIGH_ACCEPTANCE_RANKING, people.leaders, thresholds).map((user) => ({
    label: user.label,
    rate: HIGH_ACCEPTANCE_RANKING.value(user),
  }));
  const listed = topByValue(rated, (user) => user.rate, HIGH_ACCEPTANCE_RANKING.size(thresholds));
  if (listed.length === 0) return null;
  return {
    kind: 'HIGH_ACCEPTANCE',
    severity: 'success',
    title: 'High acceptance rate',
    detail:
      `${formatCount(people.highAcceptanceCount)} of ${formatCount(people.developerCount)} developers accept at least ` +
      `${formatPercent(thresholds.highAcceptanceRate)} of generations ` +
      `(with at least ${formatCount(thresholds.highAcceptanceMinGenerations)} generations).`,
    items: listed.map((user) => ({ label: user.label, value: formatPercent(user.rate) })),
  };
}
