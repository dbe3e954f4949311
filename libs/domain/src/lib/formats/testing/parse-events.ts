import type { FormatParser, ParseEvent, ParseOptions, RowError } from '../format-parser';
import type { NormalizedUsageRow } from '../../usage/usage-row';

/** Test helpers for parsers: feed text in chunks and sort the events by kind. Pure TS, no Node. */

export async function* chunksOf(text: string, cuts: readonly number[] = []): AsyncGenerator<string> {
  const points = [...new Set(cuts.map((cut) => Math.max(0, Math.min(text.length, cut))))].sort((a, b) => a - b);
  let start = 0;
  for (const point of points) {
    yield text.slice(start, point);
    start = point;
  }
  yield text.slice(start);
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const collected: T[] = [];
  for await (const item of items) collected.push(item);
  return collected;
}

export interface SortedEvents {
  readonly rows: NormalizedUsageRow[];
  readonly errors: RowError[];
  readonly warnings: string[];
  readonly events: ParseEvent[];
}

export async function parseText(
  parser: FormatParser,
  text: string,
  options: ParseOptions,
  cuts: readonly number[] = [],
): Promise<SortedEvents> {
  const events = await collect(parser.parse(chunksOf(text, cuts), options));
  const rows: NormalizedUsageRow[] = [];
  const errors: RowError[] = [];
  const warnings: string[] = [];
  for (const event of events) {
    if (event.type === 'row') rows.push(event.row);
    else if (event.type === 'error') errors.push(event.error);
    else if (event.type === 'warning') warnings.push(event.message);
  }
  return { rows, errors, warnings, events };
}
