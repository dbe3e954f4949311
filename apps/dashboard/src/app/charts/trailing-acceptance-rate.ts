import { acceptanceRate } from '@devpulse/domain';
import { parseDay } from './chart-format';

export interface TrailingRate {
  day: string;
  /** Sums over the window that ends on `day`. */
  generations: number;
  acceptances: number;
  /** acceptances ÷ generations over the window; `null` when the window has no generations. */
  rate: number | null;
  /** Calendar days of the window that have a row (fewer than the window at the start of the period). */
  daysInWindow: number;
}

const DAY_MS = 86_400_000;

/**
 * The 7-day acceptance rate: Σ acceptances ÷ Σ generations over the trailing `windowDays` calendar days (the day
 * itself and the 6 before). A ratio of sums, not a mean of daily rates, so a day with 3 generations cannot swing
 * it as much as a day with 3,000, and days without generations simply add nothing. At the start of the period the
 * window holds only the days loaded. `days` must be sorted by day ascending.
 */
export function trailingAcceptanceRates(
  days: readonly { day: string; generations: number; acceptances: number }[],
  windowDays = 7,
): TrailingRate[] {
  const times = days.map((entry) => parseDay(entry.day)?.getTime() ?? Number.NaN);
  let start = 0;
  let generations = 0;
  let acceptances = 0;
  return days.map((entry, index) => {
    generations += entry.generations;
    acceptances += entry.acceptances;
    const end = times[index] ?? Number.NaN;
    while (start < index && !((times[start] ?? Number.NaN) > end - windowDays * DAY_MS)) {
      generations -= days[start]?.generations ?? 0;
      acceptances -= days[start]?.acceptances ?? 0;
      start++;
    }
    return {
      day: entry.day,
      generations,
      acceptances,
      rate: acceptanceRate(acceptances, generations),
      daysInWindow: index - start + 1,
    };
  });
}
