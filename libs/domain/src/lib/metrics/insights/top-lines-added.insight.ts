import { formatQuantity } from './insight-format';
import type { Insight, InsightInput, InsightThresholds } from './insight';
import { topByValue } from './insight-ranking';

/** Developers whose AI tools wrote the most lines; developers with no lines added are never listed. */
export function topLinesAddedInsight(input: InsightInput, thresholds: InsightThresholds): Insight | null {
  const writers = input.users.filter((user) => user.linesAdded > 0);
  if (writers.length === 0) return null;
  const listed = topByValue(writers, (user) => user.linesAdded, thresholds.topLinesMax);
  return {
    kind: 'TOP_LINES_ADDED',
    severity: 'info',
    title: 'Most lines added',
    detail: 'Developers whose AI tools added the most lines in the period.',
    items: listed.map((user) => ({ label: user.label, value: formatQuantity(user.linesAdded, 'line') })),
  };
}
