import type { NormalizedUsageRow } from '../../usage/usage-row';
import { combineRows, type CombineMode } from './combine-usage';
import { usageRowKey } from './usage-row-key';

/**
 * Upsert rule for a stored row and an incoming row of the same natural key: every counter and breakdown
 * counter is the max of the two, flags OR. Copilot exports are rolling 28-day windows, so a day arrives again
 * in the next export; max makes re-importing a file change nothing. Descriptive fields come from `stored`.
 */
export function mergeStored(stored: NormalizedUsageRow, incoming: NormalizedUsageRow): NormalizedUsageRow {
  return combineRows(stored, incoming, 'max');
}

/**
 * Collapses rows of one file that share a natural key (`usageRowKey`), before they meet the store:
 * `max` for repeated records (overlapping Copilot part files), `sum` for split records (Claude Code per terminal).
 * Groups come out in first-seen order, each carrying the descriptive fields of its first row.
 */
export function combineWithinFile(rows: readonly NormalizedUsageRow[], mode: CombineMode): NormalizedUsageRow[] {
  const groups = new Map<string, NormalizedUsageRow>();
  for (const row of rows) {
    const key = usageRowKey(row);
    const seen = groups.get(key);
    groups.set(key, seen === undefined ? row : combineRows(seen, row, mode));
  }
  return [...groups.values()];
}
