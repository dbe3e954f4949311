import { formatQuantity } from './insight-format';
import type { Insight, InsightInput, InsightThresholds } from './insight';
import { topByValue } from './insight-ranking';
import { eligibleFor, TOP_LINES_RANKING } from './insight-rankings';

/** Developers whose AI tools wrote the most lines; developers with no lines added are never listed. */
export function topLinesAddedInsight(input: InsightInput, thresholds: InsightThresholds): Insight | null {
  const writers = eligibleFor(TOP_LINES_RANKING, input.people.leaders, thresholds);
  const listed = topByValue(writers, TOP_LINES_RANKING.value, TOP_LINES_RANKING.size(thresholds));
  if (listed.length === 0) return null;
  return {
    kind: 'TOP_LINES_ADDED',
    severity: 'info',
    title: 'Most lines added',
    detail: 'Developers whose AI tools added the most lines in the period.',
    items: listed.map((user) => ({ label: user.label, value: formatQuantity(user.linesAdded, 'line') })),
  };
}
