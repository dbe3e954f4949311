import type { DateRange } from '../core/filters/metrics-filter';

/** Display formats of the overview's headline numbers, fixed to en-US like the rest of the dashboard. */

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const SIGNED_COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
const RATE = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const DAY = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const DAY_WITH_YEAR = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatKpiCount(value: number): string {
  return COUNT.format(value);
}

/** Net lines keep their sign: `+1,204` or `-87`. */
export function formatSignedCount(value: number): string {
  return SIGNED_COUNT.format(value);
}

/** `0.4567` → `45.7%`; an empty rate is a dash, never 0%. */
export function formatKpiRate(rate: number | null): string {
  return rate === null ? '—' : RATE.format(rate);
}

/** Whole units of `currency`: the estimate is not precise enough for cents. */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${COUNT.format(amount)} ${currency}`;
  }
}

/** `Oct 1 – Oct 28, 2026`; a range across years names both years. */
export function formatRange(range: DateRange): string {
  const from = new Date(`${range.from}T00:00:00Z`);
  const to = new Date(`${range.to}T00:00:00Z`);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return `${range.from} – ${range.to}`;
  if (range.from === range.to) return DAY_WITH_YEAR.format(to);
  const start = from.getUTCFullYear() === to.getUTCFullYear() ? DAY.format(from) : DAY_WITH_YEAR.format(from);
  return `${start} – ${DAY_WITH_YEAR.format(to)}`;
}
