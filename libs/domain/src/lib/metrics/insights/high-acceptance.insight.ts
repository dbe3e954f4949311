import { acceptanceRate } from '../definitions/acceptance-rate';
import { formatCount, formatPercent } from './insight-format';
import type { Insight, InsightInput, InsightThresholds } from './insight';
import { topByValue } from './insight-ranking';

/** Developers at or above the rate threshold, with enough generations for the rate to mean something. */
export function highAcceptanceInsight(input: InsightInput, thresholds: InsightThresholds): Insight | null {
  const rated = input.users.flatMap((user) => {
    const rate = acceptanceRate(user.acceptances, user.generations);
    const qualifies =
      rate !== null &&
      user.generations >= thresholds.highAcceptanceMinGenerations &&
      rate >= thresholds.highAcceptanceRate;
    return qualifies ? [{ label: user.label, rate }] : [];
  });
  if (rated.length === 0) return null;
  const listed = topByValue(rated, (user) => user.rate, thresholds.highAcceptanceMax);
  return {
    kind: 'HIGH_ACCEPTANCE',
    severity: 'success',
    title: 'High acceptance rate',
    detail:
      `${formatCount(rated.length)} of ${formatCount(input.users.length)} developers accept at least ` +
      `${formatPercent(thresholds.highAcceptanceRate)} of generations ` +
      `(with at least ${formatCount(thresholds.highAcceptanceMinGenerations)} generations).`,
    items: listed.map((user) => ({ label: user.label, value: formatPercent(user.rate) })),
  };
}
