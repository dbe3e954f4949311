import { coerceCount } from '../normalize/count';
import { emptyCounters, emptyFlags, type NormalizedUsageRow, type UsageCounters } from '../usage/usage-row';
import { parseCsvDate } from './csv-date';
import { type CsvCell, readCsvPerson } from './csv-person';
import type { CsvRecord } from './csv-record-reader';
import { classifyCsvTool } from './csv-tool';
import type { ColumnMappingField } from './header-synonyms';

/** The mapping fields that are counters, all whole numbers with the same name in `UsageCounters`. */
const COUNTER_COLUMNS = [
  'generations',
  'acceptances',
  'linesAdded',
  'linesDeleted',
  'interactions',
  'sessions',
] as const satisfies readonly (ColumnMappingField & keyof UsageCounters)[];

export interface CsvRowContext {
  readonly header: readonly string[];
  readonly columns: Partial<Record<ColumnMappingField, number>>;
  /** Rows dated after this UTC day are errors. */
  readonly today: string;
}

export type CsvRowResult = { ok: true; row: NormalizedUsageRow } | { ok: false; message: string };

/** One data record → a usage row, or one message listing every problem of the record (joined by `; `). */
export function toUsageRow(record: CsvRecord, context: CsvRowContext): CsvRowResult {
  const { header, columns, today } = context;
  if (record.fields.length !== header.length) {
    return {
      ok: false,
      message: `expected ${header.length} fields (as in the header) but found ${record.fields.length}`,
    };
  }
  const cell = (field: ColumnMappingField): CsvCell | undefined => {
    const column = columns[field];
    if (column === undefined) return undefined;
    return { value: record.fields[column], label: `column "${header[column] ?? ''}"` };
  };
  const problems: string[] = [];

  const dayCell = cell('day');
  const dayLabel = dayCell?.label ?? 'date';
  const date = parseCsvDate(dayCell?.value ?? '');
  if (!date.ok) problems.push(`${dayLabel}: ${date.message}`);
  else if (date.day > today) problems.push(`${dayLabel}: ${date.day} is after today (${today})`);

  const person = readCsvPerson(cell('login'), cell('email'));
  if (!person.ok) problems.push(person.message);

  const counters = emptyCounters();
  for (const field of COUNTER_COLUMNS) {
    const counterCell = cell(field);
    if (counterCell === undefined) continue;
    const count = coerceCount(counterCell.value?.trim(), counterCell.label);
    if (count.ok) counters[field] = count.value;
    else problems.push(count.message);
  }

  if (problems.length > 0 || !date.ok || !person.ok) return { ok: false, message: problems.join('; ') };
  const { tool, source } = classifyCsvTool(cell('tool')?.value);
  return {
    ok: true,
    row: {
      line: record.line,
      source,
      tool,
      day: date.day,
      person: person.person,
      counters,
      flags: emptyFlags(),
      breakdowns: [],
    },
  };
}
