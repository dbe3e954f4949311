import { formatCount, formatPercent, formatQuantity } from './insight-format';
import type { Insight, InsightInput, InsightThresholds } from './insight';
import { topByValue } from './insight-ranking';

/**
 * The top share of developers by generations: ceil(share × developers), at least 1, at most `powerUserMax`.
 * The share is of every developer in the period; only developers with generations can be listed.
 * Ties at the cut go to the label that sorts first.
 */
export function powerUsersInsight(input: InsightInput, thresholds: InsightThresholds): Insight | null {
  const candidates = input.users.filter((user) => user.generations > 0);
  if (candidates.length === 0) return null;
  // 0.1 × 30 is 3.0000000000000004 in binary; 12 significant digits drop that noise before ceil.
  const share = Number((thresholds.powerUserTopShare * input.users.length).toPrecision(12));
  const topCount = Math.max(1, Math.ceil(share));
  const listed = topByValue(candidates, (user) => user.generations, Math.min(topCount, thresholds.powerUserMax));
  return {
    kind: 'POWER_USERS',
    severity: 'info',
    title: 'Power users',
    detail: `The top ${formatPercent(thresholds.powerUserTopShare)} of ${formatCount(input.users.length)} developers by generations.`,
    items: listed.map((user) => ({ label: user.label, value: formatQuantity(user.generations, 'generation') })),
  };
}
