import { addDays } from '@devpulse/domain';

export interface DayRange {
  readonly from: string;
  readonly to: string;
}

/**
 * A period cut for the per-developer rollups: `months` are the 1sts of the calendar months wholly inside it
 * (null when none is); `weeks` the Mondays of the ISO weeks wholly inside what is left before and after those
 * months (zero, one or two ranges); `edges` the remaining days (zero to four ranges). Together they cover every
 * day of the period exactly once, which is what lets a sum over the period read a few rollup rows per developer.
 */
export interface PeriodSplit {
  readonly months: DayRange | null;
  readonly weeks: readonly DayRange[];
  readonly edges: readonly DayRange[];
}

export function splitPeriod(period: DayRange): PeriodSplit {
  const firstMonth = period.from.endsWith('-01') ? period.from : nextMonthStart(period.from);
  const lastMonthEnd = monthEnd(period.to) === period.to ? period.to : addDays(monthStart(period.to), -1);
  if (firstMonth > lastMonthEnd) return splitIntoWeeks(period, null);
  const before = period.from < firstMonth ? [{ from: period.from, to: addDays(firstMonth, -1) }] : [];
  const after = lastMonthEnd < period.to ? [{ from: addDays(lastMonthEnd, 1), to: period.to }] : [];
  const rest = [...before, ...after].map((range) => splitIntoWeeks(range, null));
  return {
    months: { from: firstMonth, to: monthStart(lastMonthEnd) },
    weeks: rest.flatMap((split) => split.weeks),
    edges: rest.flatMap((split) => split.edges),
  };
}

/** The range cut along ISO weeks only (`months` as given). */
function splitIntoWeeks(range: DayRange, months: DayRange | null): PeriodSplit {
  const firstMonday = addDays(range.from, (8 - isoWeekday(range.from)) % 7);
  const lastSunday = addDays(range.to, -(isoWeekday(range.to) % 7));
  if (addDays(firstMonday, 6) > lastSunday) return { months, weeks: [], edges: [range] };
  const edges: DayRange[] = [];
  if (range.from < firstMonday) edges.push({ from: range.from, to: addDays(firstMonday, -1) });
  if (lastSunday < range.to) edges.push({ from: addDays(lastSunday, 1), to: range.to });
  return { months, weeks: [{ from: firstMonday, to: addDays(lastSunday, -6) }], edges };
}

/** 1 = Monday … 7 = Sunday, as PostgreSQL's `isodow`. */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

export function monthStart(day: string): string {
  return `${day.slice(0, 8)}01`;
}

export function nextMonthStart(day: string): string {
  const date = new Date(`${monthStart(day)}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}

/** The last day of the month holding `day`. */
export function monthEnd(day: string): string {
  return addDays(nextMonthStart(day), -1);
}
