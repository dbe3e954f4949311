/**
 * Acceptance rate = acceptances ÷ generations, as a fraction (0.82 means 82%).
 * Full precision: round only when displaying. Not clamped to [0, 1]: real exports occasionally count more
 * acceptances than generations, and hiding that would make the number disagree with the file.
 */

/** Below this many generations a per-user, per-IDE or per-language rate is noise, so it is reported as null. */
export const MIN_GENERATIONS_FOR_RATE = 50;

/** `null` when there were no generations: a rate over nothing is unknown, not 0. */
export function acceptanceRate(acceptances: number, generations: number): number | null {
  return generations > 0 ? acceptances / generations : null;
}

/** Like `acceptanceRate`, but `null` until there are at least `minGenerations` generations. */
export function gatedAcceptanceRate(
  acceptances: number,
  generations: number,
  minGenerations: number = MIN_GENERATIONS_FOR_RATE,
): number | null {
  return generations >= minGenerations ? acceptanceRate(acceptances, generations) : null;
}
