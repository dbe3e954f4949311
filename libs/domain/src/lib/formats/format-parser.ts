import type { NormalizedUsageRow } from '../usage/usage-row';

/** The formats devpulse reads; the GraphQL enum `MetricsFormat` mirrors this list. */
export type MetricsFormat = 'COPILOT_NDJSON' | 'CLAUDE_CODE_JSON' | 'GENERIC_CSV';

export const METRICS_FORMATS: readonly MetricsFormat[] = ['COPILOT_NDJSON', 'CLAUDE_CODE_JSON', 'GENERIC_CSV'];

/** A row-level problem: the row is skipped, the rest of the file still imports. */
export interface RowError {
  line: number;
  message: string;
}

export type ParseEvent =
  | { readonly type: 'row'; readonly row: NormalizedUsageRow }
  | { readonly type: 'error'; readonly error: RowError }
  /** File-level notes, e.g. unknown fields (reported once each), never fatal. */
  | { readonly type: 'warning'; readonly message: string }
  /** CSV only, emitted once before any row: the header and the mapping in use (given or proposed). */
  | { readonly type: 'columns'; readonly columns: readonly string[]; readonly mapping: ColumnMapping };

/**
 * How rows with the same (person, tool, day) inside ONE file combine before the database merge:
 * Copilot repeats a day across overlapping windows/parts (max); Claude Code splits a day per terminal (sum).
 */
export type WithinFileCombine = 'max' | 'sum';

/** Fields of the generic CSV column mapping (`ColumnMappingInput`). Values are CSV header names. */
export interface ColumnMapping {
  day?: string;
  email?: string;
  login?: string;
  tool?: string;
  generations?: string;
  acceptances?: string;
  linesAdded?: string;
  linesDeleted?: string;
  interactions?: string;
  sessions?: string;
}

export const COLUMN_MAPPING_FIELDS = [
  'day',
  'email',
  'login',
  'tool',
  'generations',
  'acceptances',
  'linesAdded',
  'linesDeleted',
  'interactions',
  'sessions',
] as const satisfies readonly (keyof ColumnMapping)[];

export interface ParseOptions {
  /** CSV only: the admin's mapping; when absent the proposed mapping is used. */
  mapping?: ColumnMapping;
  /** Today's UTC date (`YYYY-MM-DD`); rows dated after it are row errors. Injected so tests are deterministic. */
  today: string;
}

/**
 * A file format is a registry entry. Detection asks `canParse`; nothing else branches on format.
 * `parse` streams: it receives decoded text chunks (never the whole file) and yields events.
 * Parsers never throw on bad input: they yield `error` events with the line number.
 */
export interface FormatParser {
  readonly id: MetricsFormat;
  readonly combine: WithinFileCombine;
  /** `sample` is the first few KB of the file; `fileName` helps only as a tie-breaker. */
  canParse(sample: string, fileName?: string): boolean;
  parse(chunks: AsyncIterable<string>, options: ParseOptions): AsyncIterable<ParseEvent>;
}
