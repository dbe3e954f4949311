/**
 * An active developer-day has at least one prompt or one generation. Seats that only carry AI credits or
 * zero counters (43% of records in a real export) are "seen", not active.
 */
export function isActiveDay(counters: { readonly interactions: number; readonly generations: number }): boolean {
  return counters.interactions > 0 || counters.generations > 0;
}
