import {
  BREAKDOWN_COUNTER_FIELDS,
  type BreakdownCounters,
  type BreakdownDimension,
  type BreakdownRow,
} from '../usage/usage-row';

/** One breakdown cell before merging: normalized keys plus what the file said. */
export interface BreakdownCell {
  readonly dimension: BreakdownDimension;
  readonly key: string;
  readonly key2: string;
  readonly rawKey: string;
  readonly rawKey2: string;
  readonly counters: BreakdownCounters;
}

/**
 * Collects the breakdown cells of one record. Cells whose normalized keys collide (`c#` and `csharp`) are summed
 * into one row, which keeps the raw keys of the first cell seen; rows come out in first-seen order.
 */
export class BreakdownAccumulator {
  private readonly rowsByKey = new Map<string, BreakdownRow>();

  add(cell: BreakdownCell): void {
    // The key's length makes the map key unambiguous whatever characters the keys hold.
    const mapKey = `${cell.dimension}:${cell.key.length}:${cell.key}${cell.key2}`;
    const existing = this.rowsByKey.get(mapKey);
    const counters = cell.counters;
    if (!existing) {
      this.rowsByKey.set(mapKey, {
        dimension: cell.dimension,
        key: cell.key,
        key2: cell.key2,
        rawKey: cell.rawKey,
        rawKey2: cell.rawKey2,
        generations: counters.generations,
        acceptances: counters.acceptances,
        interactions: counters.interactions,
        locSuggestedAdd: counters.locSuggestedAdd,
        locSuggestedDelete: counters.locSuggestedDelete,
        linesAdded: counters.linesAdded,
        linesDeleted: counters.linesDeleted,
      });
      return;
    }
    for (const field of BREAKDOWN_COUNTER_FIELDS) existing[field] += counters[field];
  }

  rows(): BreakdownRow[] {
    return [...this.rowsByKey.values()];
  }
}
