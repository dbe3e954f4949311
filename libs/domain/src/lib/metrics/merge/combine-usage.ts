import {
  BREAKDOWN_COUNTER_FIELDS,
  COUNTER_FIELDS,
  FLAG_FIELDS,
  NULLABLE_COUNTER_FIELDS,
  type BreakdownRow,
  type NormalizedUsageRow,
  type UsageCounters,
  type UsageFlags,
} from '../../usage/usage-row';
import { breakdownKey } from './usage-row-key';

/**
 * `max`: the same (developer, tool, day) seen twice, e.g. overlapping Copilot 28-day windows: keep the larger.
 * `sum`: the same day split in parts, e.g. one Claude Code row per terminal: add them up.
 */
export type CombineMode = 'max' | 'sum';

const OPERATIONS: Record<CombineMode, (a: number, b: number) => number> = {
  max: (a, b) => Math.max(a, b),
  sum: (a, b) => a + b,
};

/** A nullable counter is unknown, not 0: unknown combined with a number is that number; null only if both are. */
function combineNullable(
  a: number | null,
  b: number | null,
  operation: (a: number, b: number) => number,
): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return operation(a, b);
}

export function combineCounters(a: UsageCounters, b: UsageCounters, mode: CombineMode): UsageCounters {
  const operation = OPERATIONS[mode];
  const result: UsageCounters = { ...a };
  for (const field of COUNTER_FIELDS) result[field] = operation(a[field], b[field]);
  for (const field of NULLABLE_COUNTER_FIELDS) result[field] = combineNullable(a[field], b[field], operation);
  return result;
}

/** A flag says "used at least once", so either side having it is enough. */
export function combineFlags(a: UsageFlags, b: UsageFlags): UsageFlags {
  const result: UsageFlags = { ...a };
  for (const field of FLAG_FIELDS) result[field] = a[field] || b[field];
  return result;
}

/** Combines cells with the same (dimension, key, key2); first-seen order, raw keys from the first cell seen. */
export function combineBreakdowns(
  a: readonly BreakdownRow[],
  b: readonly BreakdownRow[],
  mode: CombineMode,
): BreakdownRow[] {
  const operation = OPERATIONS[mode];
  const cells = new Map<string, BreakdownRow>();
  for (const cell of [...a, ...b]) {
    const key = breakdownKey(cell);
    const seen = cells.get(key);
    if (seen === undefined) {
      cells.set(key, { ...cell });
      continue;
    }
    for (const field of BREAKDOWN_COUNTER_FIELDS) seen[field] = operation(seen[field], cell[field]);
  }
  return [...cells.values()];
}

/**
 * Combines two rows of the same natural key. Counters, flags and breakdowns are symmetric in `a` and `b`;
 * descriptive fields (line, source, person) are taken from `a`.
 */
export function combineRows(a: NormalizedUsageRow, b: NormalizedUsageRow, mode: CombineMode): NormalizedUsageRow {
  return {
    ...a,
    counters: combineCounters(a.counters, b.counters, mode),
    flags: combineFlags(a.flags, b.flags),
    breakdowns: combineBreakdowns(a.breakdowns, b.breakdowns, mode),
  };
}
