import { addDays } from '../../normalize/day';
import { formatChange, formatPercent, formatQuantity } from './insight-format';
import type { Insight, InsightInput, InsightSeverity, InsightThresholds } from './insight';

const WEEK = 7;

/**
 * Generations of the last 7 days of the period against the 7 days before.
 * Up → success; unchanged → info (flat is not growth); down by less than `trendWarningDrop` → info;
 * down by that much or more → warning. Previous week 0 and last week > 0 → success, said in words, since a
 * percentage over 0 means nothing. Both weeks 0 → no insight.
 */
export function trendInsight(input: InsightInput, thresholds: InsightThresholds): Insight | null {
  if (input.periodDays < thresholds.trendMinDays || input.days.length === 0) return null;
  const lastDay = input.days.reduce((latest, entry) => (entry.day > latest ? entry.day : latest), '');
  const lastWeekStart = addDays(lastDay, -(WEEK - 1));
  const previousWeekStart = addDays(lastDay, -(2 * WEEK - 1));
  let last = 0;
  let previous = 0;
  for (const entry of input.days) {
    if (entry.day >= lastWeekStart) last += entry.generations;
    else if (entry.day >= previousWeekStart) previous += entry.generations;
  }
  if (last === 0 && previous === 0) return null;
  const items = [
    { label: 'Last 7 days', value: formatQuantity(last, 'generation') },
    { label: 'Previous 7 days', value: formatQuantity(previous, 'generation') },
  ];
  if (previous === 0) {
    return {
      kind: 'TREND',
      severity: 'success',
      title: 'Generations started this week',
      detail: `No generations in the previous 7 days; ${formatQuantity(last, 'generation')} in the last 7 days.`,
      items,
    };
  }
  const change = (last - previous) / previous;
  return {
    kind: 'TREND',
    severity: trendSeverity(change, thresholds.trendWarningDrop),
    title: trendTitle(change),
    detail: `${formatQuantity(last, 'generation')} in the last 7 days against ${formatQuantity(previous, 'generation')} in the 7 days before.`,
    items: [...items, { label: 'Change', value: formatChange(change) }],
  };
}

function trendSeverity(change: number, warningDrop: number): InsightSeverity {
  if (change > 0) return 'success';
  // -change is the drop as a fraction of the previous week; computed by one division, so 10% is exactly 0.1.
  return -change < warningDrop ? 'info' : 'warning';
}

function trendTitle(change: number): string {
  if (change === 0) return 'Generations unchanged week over week';
  const direction = change > 0 ? 'up' : 'down';
  return `Generations ${direction} ${formatPercent(Math.abs(change))} week over week`;
}
