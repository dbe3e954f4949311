import { formatCount, formatQuantity } from './insight-format';
import type { Insight, InsightInput, InsightThresholds } from './insight';
import { compareLabels } from './insight-ranking';

/** Developer-days strictly over the daily generation quota; the busiest are listed, the detail counts all. */
export function quotaExceededInsight(input: InsightInput, thresholds: InsightThresholds): Insight | null {
  const { count, busiest } = input.quotaDays;
  const listed = busiest
    .filter((entry) => entry.generations > thresholds.quotaGenerations)
    .sort((a, b) => b.generations - a.generations || compareLabels(a.label, b.label) || compareLabels(a.day, b.day))
    .slice(0, thresholds.quotaMax);
  if (listed.length === 0) return null;
  const quota = formatCount(thresholds.quotaGenerations);
  return {
    kind: 'QUOTA_EXCEEDED',
    severity: 'warning',
    title: `Over ${quota} generations in a day`,
    detail: `${formatQuantity(count, 'developer-day')} with more than ${quota} generations.`,
    items: listed.map((entry) => ({
      label: `${entry.label} on ${entry.day} (${formatCount(entry.generations)})`,
      value: formatQuantity(entry.generations, 'generation'),
    })),
  };
}
