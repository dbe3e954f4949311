import type { ParseEvent, ParseOptions } from '../format-parser';
import type { NormalizedUsageRow } from '../../usage/usage-row';
import { type JsonObject, isJsonObject } from './json-object';
import { streamJsonValues } from './json-value-stream';

export type RecordResult =
  | { readonly ok: true; readonly row: NormalizedUsageRow }
  | { readonly ok: false; readonly message: string };

/** What a JSON format contributes to the shared parse loop: its field list and its record → row mapping. */
export interface JsonRecordFormat {
  /** Top-level record fields the format reads or deliberately ignores; any other draws one warning per file. */
  readonly knownFields: ReadonlySet<string>;
  toRow(record: JsonObject, line: number, options: ParseOptions): RecordResult;
}

function rowError(line: number, message: string): ParseEvent {
  return { type: 'error', error: { line, message } };
}

/**
 * The parse loop shared by the JSON formats: every record becomes exactly one `row` or one `error` event;
 * unknown top-level fields are reported once per file as warnings, before the row that first carries them.
 */
export async function* parseJsonRecords(
  chunks: AsyncIterable<string>,
  options: ParseOptions,
  format: JsonRecordFormat,
): AsyncGenerator<ParseEvent> {
  const warnedFields = new Set<string>();
  for await (const item of streamJsonValues(chunks)) {
    if ('error' in item) {
      yield rowError(item.line, item.error);
      continue;
    }
    if (!isJsonObject(item.value)) {
      yield rowError(item.line, 'Record is not a JSON object');
      continue;
    }
    for (const field of Object.keys(item.value)) {
      if (format.knownFields.has(field) || warnedFields.has(field)) continue;
      warnedFields.add(field);
      yield { type: 'warning', message: `Ignored unknown field \`${field}\`` };
    }
    const result = format.toRow(item.value, item.line, options);
    yield result.ok ? { type: 'row', row: result.row } : rowError(item.line, result.message);
  }
}
