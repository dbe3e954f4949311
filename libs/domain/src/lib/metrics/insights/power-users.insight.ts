import { formatCount, formatPercent, formatQuantity } from './insight-format';
import type { Insight, InsightInput, InsightThresholds } from './insight';
import { topByValue } from './insight-ranking';
import { eligibleFor, POWER_USERS_RANKING } from './insight-rankings';

/**
 * The top share of developers by generations: ceil(share × developers), at least 1, at most `powerUserMax`.
 * The share is of every developer in the period; only developers with generations can be listed.
 * Ties at the cut go to the label that sorts first.
 */
export function powerUsersInsight(input: InsightInput, thresholds: InsightThresholds): Insight | null {
  const { developerCount, leaders } = input.people;
  const candidates = eligibleFor(POWER_USERS_RANKING, leaders, thresholds);
  // 0.1 × 30 is 3.0000000000000004 in binary; 12 significant digits drop that noise before ceil.
  const share = Number((thresholds.powerUserTopShare * developerCount).toPrecision(12));
  const topCount = Math.max(1, Math.ceil(share));
  const listed = topByValue(
    candidates,
    POWER_USERS_RANKING.value,
    Math.min(topCount, POWER_USERS_RANKING.size(thresholds)),
  );
  if (listed.length === 0) return null;
  return {
    kind: 'POWER_USERS',
    severity: 'info',
    title: 'Power users',
    detail: `The top ${formatPercent(thresholds.powerUserTopShare)} of ${formatCount(developerCount)} developers by generations.`,
    items: listed.map((user) => ({ label: user.label, value: formatQuantity(user.generations, 'generation') })),
  };
}
