/** Top-N bucketing for share charts: the largest items by generations, the rest summed into one "Other" slice. */

export interface ShareSlice {
  /** The dimension key, or `null` for the "Other" slice. */
  key: string | null;
  label: string;
  generations: number;
  acceptances: number;
  /** generations ÷ the generations of all slices. */
  share: number;
  /** How many items the slice stands for (more than 1 only for "Other"). */
  items: number;
}

export interface ShareItem {
  key: string;
  label: string;
  generations: number;
  acceptances: number;
}

/** Largest first, ties by label then key, so the order never depends on the API's. */
export function byGenerationsDescending(a: ShareItem, b: ShareItem): number {
  return b.generations - a.generations || a.label.localeCompare(b.label) || a.key.localeCompare(b.key);
}

/**
 * Items with generations, largest first; beyond `limit` they are summed into "Other (n …)". `limit: null` keeps
 * every item. A single leftover item is shown by name, since an "Other" of one hides a name for nothing.
 */
export function shareSlices(items: readonly ShareItem[], limit: number | null, otherNoun: string): ShareSlice[] {
  const ranked = items.filter((item) => item.generations > 0).sort(byGenerationsDescending);
  const total = ranked.reduce((sum, item) => sum + item.generations, 0);
  const slice = (item: ShareItem): ShareSlice => ({
    key: item.key,
    label: item.label,
    generations: item.generations,
    acceptances: item.acceptances,
    share: item.generations / total,
    items: 1,
  });
  if (limit === null || ranked.length <= limit + 1) return ranked.map(slice);

  const rest = ranked.slice(limit);
  const generations = rest.reduce((sum, item) => sum + item.generations, 0);
  return [
    ...ranked.slice(0, limit).map(slice),
    {
      key: null,
      label: `Other (${rest.length} ${otherNoun})`,
      generations,
      acceptances: rest.reduce((sum, item) => sum + item.acceptances, 0),
      share: generations / total,
      items: rest.length,
    },
  ];
}
