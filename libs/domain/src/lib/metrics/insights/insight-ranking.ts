/** Largest value first; equal values by label ascending, so the same data always lists the same people. */
export function rankByValue<T extends { readonly label: string }>(
  entries: readonly T[],
  value: (entry: T) => number,
): T[] {
  return [...entries].sort((a, b) => value(b) - value(a) || compareLabels(a.label, b.label));
}

/** Plain code-unit order: locale-independent, so server and browser agree. */
export function compareLabels(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
