import { formatCount } from '@devpulse/domain';

/** Display formats for chart axes and tooltips, fixed to en-US like the rest of the dashboard's text. */

const RATE = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 2 });
const PERCENT_TICK = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });
const SHARE = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const SHORT_DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const LONG_DAY = new Intl.DateTimeFormat('en-US', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A rate in a tooltip, precise enough to tell 69.99% from 70%: `0.6999` → `69.99%`. */
export function formatRate(rate: number | null): string {
  return rate === null ? 'not shown' : RATE.format(rate);
}

/** A percent axis tick: `0.7` → `70%`. */
export function formatPercentTick(value: number | string): string {
  return PERCENT_TICK.format(Number(value));
}

/** A slice's share of the whole: `0.5612` → `56.1%`. */
export function formatShare(share: number): string {
  return SHARE.format(share);
}

/** A count axis tick: thousands separators, no decimals (`12345` → `12,345`). */
export function formatCountTick(value: number | string): string {
  return formatCount(Number(value));
}

/** `2026-11-03` → `Nov 3` for date axes. */
export function formatShortDay(day: string): string {
  const date = parseDay(day);
  return date === null ? day : SHORT_DAY.format(date);
}

/** `2026-11-03` → `Tue, Nov 3, 2026` for tooltip titles. */
export function formatLongDay(day: string): string {
  const date = parseDay(day);
  return date === null ? day : LONG_DAY.format(date);
}

/** A `YYYY-MM-DD` day as a UTC date, or `null` when it is not one. */
export function parseDay(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (match === null) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}
