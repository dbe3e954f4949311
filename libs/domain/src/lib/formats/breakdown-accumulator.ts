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
    const mapKey = JSON.stringify([cell.dimension, cell.key, cell.key2]);
    const existing = this.rowsByKey.get(mapKey);
    if (!existing) {
      const { counters, ...keys } = cell;
      this.rowsByKey.set(mapKey, { ...keys, ...counters });
      return;
    }
    for (const field of BREAKDOWN_COUNTER_FIELDS) existing[field] += cell.counters[field];
  }

  rows(): BreakdownRow[] {
    return [...this.rowsByKey.values()];
  }
}
