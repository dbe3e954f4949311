import type { NormalizedUsageRow } from '@devpulse/domain';
import type { QueryRunner } from 'typeorm';
import { BREAKDOWN_COLUMNS, COUNTER_COLUMNS, FLAG_COLUMNS, NULLABLE_COUNTER_COLUMNS } from './usage-columns';

/** Rows per bulk statement; breakdown cells flush on their own, larger budget. */
const ROWS_PER_FLUSH = 2_000;
const CELLS_PER_FLUSH = 20_000;

const ROW_COLUMNS: readonly { readonly name: string; readonly type: string }[] = [
  { name: 'person_key', type: 'text' },
  { name: 'line', type: 'integer' },
  { name: 'tool', type: 'text' },
  { name: 'day', type: 'date' },
  { name: 'source', type: 'text' },
  ...COUNTER_COLUMNS.map((spec) => ({ name: spec.column, type: spec.staging })),
  ...NULLABLE_COUNTER_COLUMNS.map((spec) => ({ name: spec.column, type: spec.staging })),
  ...FLAG_COLUMNS.map((spec) => ({ name: spec.column, type: 'boolean' })),
];

const CELL_COLUMNS: readonly { readonly name: string; readonly type: string }[] = [
  { name: 'person_key', type: 'text' },
  { name: 'tool', type: 'text' },
  { name: 'day', type: 'date' },
  { name: 'source', type: 'text' },
  { name: 'dimension', type: 'text' },
  { name: 'key', type: 'text' },
  { name: 'key2', type: 'text' },
  { name: 'raw_key', type: 'text' },
  { name: 'raw_key2', type: 'text' },
  ...BREAKDOWN_COLUMNS.map((spec) => ({ name: spec.column, type: spec.staging })),
];

type SqlValue = string | number | boolean | null;

/**
 * Append-only staging of one file's parsed rows, in temporary tables private to the import's transaction
 * (ON COMMIT DROP: nothing outlives it, and a rollback discards them with everything else).
 * Rows go in with one `INSERT ... SELECT FROM unnest(arrays)` per few thousand rows: one statement and one
 * parameter per column whatever the row count, and it works over pglite-socket where COPY FROM STDIN does not.
 * The same (person, tool, day) may appear many times here; `usage-merge.ts` combines them with the parser's mode.
 */
export class UsageStaging {
  private rows: NormalizedUsageRow[] = [];
  private rowKeys: string[] = [];
  private cellCount = 0;

  private constructor(private readonly runner: QueryRunner) {}

  static async create(runner: QueryRunner): Promise<UsageStaging> {
    await runner.query(`CREATE TEMP TABLE ingest_rows (${columnDefinitions(ROW_COLUMNS)}) ON COMMIT DROP`);
    await runner.query(`CREATE TEMP TABLE ingest_cells (${columnDefinitions(CELL_COLUMNS)}) ON COMMIT DROP`);
    await runner.query(
      `CREATE TEMP TABLE ingest_people (person_key text PRIMARY KEY, developer_id uuid NOT NULL) ON COMMIT DROP`,
    );
    return new UsageStaging(runner);
  }

  /** Buffers a row; writes the buffer when it is full, so memory stays bounded whatever the file size. */
  async add(personKey: string, row: NormalizedUsageRow): Promise<void> {
    this.rows.push(row);
    this.rowKeys.push(personKey);
    this.cellCount += row.breakdowns.length;
    if (this.rows.length >= ROWS_PER_FLUSH || this.cellCount >= CELLS_PER_FLUSH) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    const keys = this.rowKeys;
    this.rows = [];
    this.rowKeys = [];
    this.cellCount = 0;
    await this.insertRows(rows, keys);
    await this.insertCells(rows, keys);
  }

  /** Records which developer each person key resolved to. */
  async setPeople(personKeys: readonly string[], developerIds: readonly string[]): Promise<void> {
    if (personKeys.length === 0) return;
    await this.runner.query(
      `INSERT INTO ingest_people (person_key, developer_id) SELECT * FROM unnest($1::text[], $2::uuid[])`,
      [personKeys, developerIds],
    );
  }

  private async insertRows(rows: readonly NormalizedUsageRow[], keys: readonly string[]): Promise<void> {
    const columns: SqlValue[][] = ROW_COLUMNS.map(() => []);
    rows.forEach((row, index) => {
      const values: SqlValue[] = [
        keys[index] ?? '',
        row.line,
        row.tool,
        row.day,
        row.source,
        ...COUNTER_COLUMNS.map((spec) => row.counters[spec.field]),
        ...NULLABLE_COUNTER_COLUMNS.map((spec) => row.counters[spec.field]),
        ...FLAG_COLUMNS.map((spec) => row.flags[spec.field]),
      ];
      values.forEach((value, column) => columns[column]?.push(value));
    });
    await this.runner.query(insertFromArrays('ingest_rows', ROW_COLUMNS), columns);
  }

  private async insertCells(rows: readonly NormalizedUsageRow[], keys: readonly string[]): Promise<void> {
    const columns: SqlValue[][] = CELL_COLUMNS.map(() => []);
    rows.forEach((row, index) => {
      for (const cell of row.breakdowns) {
        const values: SqlValue[] = [
          keys[index] ?? '',
          row.tool,
          row.day,
          row.source,
          cell.dimension,
          cell.key,
          cell.key2,
          cell.rawKey,
          cell.rawKey2,
          ...BREAKDOWN_COLUMNS.map((spec) => cell[spec.field]),
        ];
        values.forEach((value, column) => columns[column]?.push(value));
      }
    });
    if ((columns[0]?.length ?? 0) === 0) return;
    await this.runner.query(insertFromArrays('ingest_cells', CELL_COLUMNS), columns);
  }
}

function columnDefinitions(columns: readonly { name: string; type: string }[]): string {
  return columns.map((column) => `${column.name} ${column.type}`).join(', ');
}

function insertFromArrays(table: string, columns: readonly { name: string; type: string }[]): string {
  const names = columns.map((column) => column.name).join(', ');
  const arrays = columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ');
  return `INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`;
}
