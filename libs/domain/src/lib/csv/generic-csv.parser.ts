import type { FormatParser, ParseEvent, ParseOptions } from '../formats/format-parser';
import { isCsvRecordError } from './csv-record-reader';
import { tokenizeCsv, tokenizeCsvText } from './csv-tokenizer';
import { toUsageRow } from './generic-csv-row';
import { proposeMapping } from './propose-mapping';
import { resolveColumnMapping } from './resolve-column-mapping';

/** Any tool's daily export as CSV: one row per developer, tool and day; columns mapped by header name. */
export const genericCsvParser: FormatParser = {
  id: 'GENERIC_CSV',
  // Rows of one person-tool-day in one CSV are separate activity (e.g. per project), so they add up.
  combine: 'sum',
  canParse: looksLikeCsvHeader,
  parse: parseGenericCsv,
};

const JSON_FILE = /\.(json|jsonl|ndjson)$/i;

/** The first record is a delimited header with at least two named columns, and the text is not JSON. */
function looksLikeCsvHeader(sample: string, fileName?: string): boolean {
  const text = sample.replace(/^\uFEFF/, '');
  const firstChar = text.trimStart().charAt(0);
  if (firstChar === '' || firstChar === '{' || firstChar === '[') return false;
  if (fileName !== undefined && JSON_FILE.test(fileName)) return false;
  const header = tokenizeCsvText(text)[0];
  if (header === undefined || isCsvRecordError(header)) return false;
  return header.fields.filter((name) => name.trim() !== '').length >= 2;
}

async function* parseGenericCsv(chunks: AsyncIterable<string>, options: ParseOptions): AsyncGenerator<ParseEvent> {
  const records = tokenizeCsv(chunks);
  const first = await records.next();
  if (first.done) {
    yield { type: 'error', error: { line: 1, message: 'the file is empty: expected a header line' } };
    return;
  }
  if (isCsvRecordError(first.value)) {
    yield { type: 'error', error: { line: first.value.line, message: first.value.error } };
    return;
  }

  const header = first.value.fields.map((name) => name.trim());
  const mapping = options.mapping ?? proposeMapping(header);
  yield { type: 'columns', columns: header, mapping };

  const resolved = resolveColumnMapping(header, mapping);
  if (!resolved.ok) {
    yield { type: 'error', error: { line: first.value.line, message: resolved.message } };
    return;
  }
  if (resolved.unmapped.length > 0) {
    const names = resolved.unmapped.map((name) => JSON.stringify(name)).join(', ');
    yield { type: 'warning', message: `unmapped columns ignored: ${names}` };
  }

  const context = { header, columns: resolved.columns, today: options.today };
  for await (const record of records) {
    if (isCsvRecordError(record)) {
      yield { type: 'error', error: { line: record.line, message: record.error } };
      continue;
    }
    const result = toUsageRow(record, context);
    if (result.ok) yield { type: 'row', row: result.row };
    else yield { type: 'error', error: { line: record.line, message: result.message } };
  }
}
