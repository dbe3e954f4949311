/**
 * The first `count` entries ranked largest value first, equal values by label ascending (so the same data always
 * lists the same people), equal entries in input order — what a stable sort then `slice(0, count)` gives, without
 * sorting everything: insights list five people out of thousands.
 */
export function topByValue<T extends { readonly label: string }>(
  entries: readonly T[],
  value: (entry: T) => number,
  count: number,
): T[] {
  const top: T[] = [];
  if (count <= 0) return top;
  for (const entry of entries) {
    const last = top[top.length - 1];
    if (top.length === count && last !== undefined && byValueThenLabel(entry, last, value) >= 0) continue;
    let index = top.length;
    while (index > 0) {
      const before = top[index - 1];
      if (before === undefined || byValueThenLabel(entry, before, value) >= 0) break;
      index--;
    }
    top.splice(index, 0, entry);
    if (top.length > count) top.pop();
  }
  return top;
}

function byValueThenLabel<T extends { readonly label: string }>(a: T, b: T, value: (entry: T) => number): number {
  return value(b) - value(a) || compareLabels(a.label, b.label);
}

/** Plain code-unit order: locale-independent, so server and browser agree. */
export function compareLabels(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
