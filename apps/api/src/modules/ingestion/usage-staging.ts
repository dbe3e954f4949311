import type { NormalizedUsageRow } from '@devpulse/domain';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { QueryRunner } from 'typeorm';
import { BREAKDOWN_COLUMNS, COUNTER_COLUMNS, FLAG_COLUMNS, NULLABLE_COUNTER_COLUMNS } from './usage-columns';

/** Rows per bulk write (and their cells, up to a budget): a few MB of text, so memory stays flat. */
const ROWS_PER_FLUSH = 1_000;
const CELLS_PER_FLUSH = 10_000;

interface StagingColumn {
  readonly name: string;
  readonly type: string;
}

/** The leading columns of both tables: a row's developer-day, which each of its cells repeats. */
const DAY_COLUMNS: readonly StagingColumn[] = [
  { name: 'person', type: 'integer' },
  { name: 'tool', type: 'text' },
  { name: 'day', type: 'date' },
  { name: 'source', type: 'text' },
];

const ROW_COLUMNS: readonly StagingColumn[] = [
  ...DAY_COLUMNS,
  ...COUNTER_COLUMNS.map((spec) => ({ name: spec.column, type: spec.staging })),
  ...NULLABLE_COUNTER_COLUMNS.map((spec) => ({ name: spec.column, type: spec.staging })),
  ...FLAG_COLUMNS.map((spec) => ({ name: spec.column, type: 'boolean' })),
];

const CELL_COLUMNS: readonly StagingColumn[] = [
  ...DAY_COLUMNS,
  { name: 'dimension', type: 'text' },
  { name: 'key', type: 'text' },
  { name: 'key2', type: 'text' },
  { name: 'raw_key', type: 'text' },
  { name: 'raw_key2', type: 'text' },
  ...BREAKDOWN_COLUMNS.map((spec) => ({ name: spec.column, type: spec.staging })),
];

type SqlValue = string | number | boolean | null;

/**
 * How staged rows reach PostgreSQL. `copy`: COPY FROM STDIN on the transaction's own connection (real PostgreSQL).
 * `insert`: one `INSERT ... SELECT FROM unnest(arrays)` per batch, for PGlite, whose socket server breaks on COPY.
 */
export type StagingLoad = 'copy' | 'insert';

/**
 * COPY on real PostgreSQL, `unnest` inserts on embedded PGlite. The server says which it is (PGlite's version string
 * names it), so the choice holds whichever way the DataSource was opened.
 */
export async function detectStagingLoad(runner: QueryRunner): Promise<StagingLoad> {
  const [row]: { version: string }[] = await runner.query(`SELECT version() AS version`);
  return row?.version.includes('PGlite') ? 'insert' : 'copy';
}

/** One staging table's pending rows, kept in the shape its load method sends. */
interface TableBuffer {
  readonly count: number;
  /** Bytes the pending rows take (0 where unknown): the next batch starts with room for as many. */
  readonly byteLength: number;
  /** The leading (DAY_COLUMNS) values of the rows added next: set once per developer-day, not once per cell. */
  setDay(values: readonly SqlValue[]): void;
  /** Adds a row: the day's values, then these. */
  add(values: readonly SqlValue[]): void;
  /** Sends the pending rows and empties the buffer. */
  write(runner: QueryRunner, table: string): Promise<void>;
}

/**
 * Append-only staging of one file's parsed rows, in temporary tables private to the import's transaction
 * (ON COMMIT DROP: nothing outlives it, and a rollback discards them with everything else). Rows are buffered a
 * few thousand at a time and written in bulk; the write of one batch overlaps the parsing of the next.
 * The same (person, tool, day) may appear many times here; `usage-merge.ts` combines them with the parser's mode.
 * `person` is the file's person number (see `PeopleOfFile`); `ingest_people` maps it to a developer.
 */
export class UsageStaging {
  private rows: TableBuffer;
  private cells: TableBuffer;
  private writing: Promise<void> | null = null;
  private readonly dayScratch: SqlValue[] = DAY_COLUMNS.map(() => null);
  private readonly rowScratch: SqlValue[] = ROW_COLUMNS.slice(DAY_COLUMNS.length).map(() => null);
  private readonly cellScratch: SqlValue[] = CELL_COLUMNS.slice(DAY_COLUMNS.length).map(() => null);

  private constructor(
    private readonly runner: QueryRunner,
    private readonly load: StagingLoad,
  ) {
    this.rows = newBuffer(load, ROW_COLUMNS, 0);
    this.cells = newBuffer(load, CELL_COLUMNS, 0);
  }

  static async create(runner: QueryRunner, load: StagingLoad): Promise<UsageStaging> {
    await runner.query(`CREATE TEMP TABLE ingest_rows (${columnDefinitions(ROW_COLUMNS)}) ON COMMIT DROP`);
    await runner.query(`CREATE TEMP TABLE ingest_cells (${columnDefinitions(CELL_COLUMNS)}) ON COMMIT DROP`);
    await runner.query(
      `CREATE TEMP TABLE ingest_people (person integer PRIMARY KEY, developer_id uuid NOT NULL) ON COMMIT DROP`,
    );
    return new UsageStaging(runner, load);
  }

  /** Buffers a row; hands a full buffer to the database and waits only for the batch before it. */
  async add(person: number, row: NormalizedUsageRow): Promise<void> {
    // Scratch arrays refilled for every row and cell: the buffers copy the values out.
    const day = this.dayScratch;
    day[0] = person;
    day[1] = row.tool;
    day[2] = row.day;
    day[3] = row.source;
    const values = this.rowScratch;
    let column = 0;
    for (const spec of COUNTER_COLUMNS) values[column++] = row.counters[spec.field];
    for (const spec of NULLABLE_COUNTER_COLUMNS) values[column++] = row.counters[spec.field];
    for (const spec of FLAG_COLUMNS) values[column++] = row.flags[spec.field];
    this.rows.setDay(day);
    this.rows.add(values);
    if (row.breakdowns.length > 0) this.cells.setDay(day);
    const cellValues = this.cellScratch;
    for (const cell of row.breakdowns) {
      cellValues[0] = cell.dimension;
      cellValues[1] = cell.key;
      cellValues[2] = cell.key2;
      cellValues[3] = cell.rawKey;
      cellValues[4] = cell.rawKey2;
      column = 5;
      for (const spec of BREAKDOWN_COLUMNS) cellValues[column++] = cell[spec.field];
      this.cells.add(cellValues);
    }
    if (this.rows.count >= ROWS_PER_FLUSH || this.cells.count >= CELLS_PER_FLUSH) await this.startWrite();
  }

  /** Writes what is buffered and waits until every batch is stored. */
  async flush(): Promise<void> {
    await this.startWrite();
    await this.settle();
  }

  /** Records which developer each person number resolved to. */
  async setPeople(developerIds: readonly string[]): Promise<void> {
    if (developerIds.length === 0) return;
    await this.runner.query(
      `INSERT INTO ingest_people (person, developer_id)
       SELECT ordinality - 1, developer_id FROM unnest($1::uuid[]) WITH ORDINALITY AS t(developer_id, ordinality)`,
      [developerIds],
    );
  }

  private async startWrite(): Promise<void> {
    await this.settle();
    if (this.rows.count === 0 && this.cells.count === 0) return;
    const rows = this.rows;
    const cells = this.cells;
    this.rows = newBuffer(this.load, ROW_COLUMNS, rows.byteLength);
    this.cells = newBuffer(this.load, CELL_COLUMNS, cells.byteLength);
    const writing = (async () => {
      await rows.write(this.runner, 'ingest_rows');
      await cells.write(this.runner, 'ingest_cells');
    })();
    // Observed when settled; until then a failure must not count as unhandled.
    writing.catch(() => undefined);
    this.writing = writing;
  }

  private async settle(): Promise<void> {
    const writing = this.writing;
    this.writing = null;
    if (writing) await writing;
  }
}

function newBuffer(load: StagingLoad, columns: readonly StagingColumn[], capacity: number): TableBuffer {
  return load === 'copy' ? new CopyBuffer(columns, capacity) : new ColumnArrays(columns);
}

/** UTF-8 takes at most 3 bytes per UTF-16 code unit. */
const MAX_UTF8_BYTES_PER_UNIT = 3;
const INITIAL_COPY_BYTES = 256 * 1024;
/** Lines are encoded a few hundred at a time: one Buffer.write per line cost more than building the line. */
const PENDING_COPY_CHARS = 64 * 1024;

/**
 * Rows as COPY text, encoded into one byte buffer as they come. Lines die young; a batch kept as thousands of
 * strings outlived the young generation and was copied and promoted by every scavenge (measured: GC was the largest
 * CPU cost of a 50 MB import, ≈ 1.8 s, and ≈ 0.4 s after this).
 */
class CopyBuffer implements TableBuffer {
  private bytes: Buffer;
  private length = 0;
  private pending = '';
  private rowCount = 0;
  /** The day's fields as COPY text, tab included, escaped once for all of its cells. */
  private day = '';

  constructor(
    private readonly columns: readonly StagingColumn[],
    capacity: number,
  ) {
    // Room for the last pending lines too, so a batch as large as the one before never grows.
    this.bytes = Buffer.allocUnsafe(
      Math.max(capacity + PENDING_COPY_CHARS * MAX_UTF8_BYTES_PER_UNIT, INITIAL_COPY_BYTES),
    );
  }

  get count(): number {
    return this.rowCount;
  }

  get byteLength(): number {
    return this.length + this.pending.length;
  }

  setDay(values: readonly SqlValue[]): void {
    let fields = '';
    for (const value of values) fields += `${copyField(value)}\t`;
    this.day = fields;
  }

  add(values: readonly SqlValue[]): void {
    let line = this.day + copyField(values[0] ?? null);
    for (let index = 1; index < values.length; index++) line += `\t${copyField(values[index] ?? null)}`;
    this.pending += `${line}\n`;
    this.rowCount++;
    if (this.pending.length >= PENDING_COPY_CHARS) this.encodePending();
  }

  async write(runner: QueryRunner, table: string): Promise<void> {
    this.encodePending();
    if (this.rowCount === 0) return;
    const client = await connectionOf(runner);
    const names = this.columns.map((column) => column.name).join(', ');
    const text = this.bytes.subarray(0, this.length);
    await pipeline(Readable.from([text]), client.query(copyFrom(`COPY ${table} (${names}) FROM STDIN`)));
  }

  private encodePending(): void {
    if (this.pending === '') return;
    const needed = this.length + this.pending.length * MAX_UTF8_BYTES_PER_UNIT;
    if (needed > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.bytes.length * 2));
      this.bytes.copy(grown, 0, 0, this.length);
      this.bytes = grown;
    }
    this.length += this.bytes.write(this.pending, this.length);
    this.pending = '';
  }
}

/** Rows as one array per column, for `unnest`. */
class ColumnArrays implements TableBuffer {
  private columnValues: SqlValue[][];
  private rowCount = 0;
  private day: readonly SqlValue[] = [];

  constructor(private readonly columns: readonly StagingColumn[]) {
    this.columnValues = columns.map(() => []);
  }

  get count(): number {
    return this.rowCount;
  }

  get byteLength(): number {
    return 0;
  }

  setDay(values: readonly SqlValue[]): void {
    this.day = [...values];
  }

  add(values: readonly SqlValue[]): void {
    const offset = this.day.length;
    for (let column = 0; column < offset; column++) this.columnValues[column]?.push(this.day[column] ?? null);
    for (let column = 0; column < values.length; column++)
      this.columnValues[offset + column]?.push(values[column] ?? null);
    this.rowCount++;
  }

  async write(runner: QueryRunner, table: string): Promise<void> {
    if (this.rowCount === 0) return;
    const values = this.columnValues;
    this.columnValues = this.columns.map(() => []);
    this.rowCount = 0;
    const names = this.columns.map((column) => column.name).join(', ');
    const arrays = this.columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ');
    await runner.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`, values);
  }
}

/** COPY text format: `\N` is null; backslash, tab, newline and carriage return are escaped. */
function copyField(value: SqlValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, escapeCopyChar) : value;
}

function escapeCopyChar(char: string): string {
  switch (char) {
    case '\t':
      return '\\t';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    default:
      return '\\\\';
  }
}

/** The pg client of the runner's transaction; COPY must run on it to see (and stay inside) that transaction. */
async function connectionOf(runner: QueryRunner): Promise<PoolClient> {
  const connection: unknown = await runner.connect();
  if (!isPgClient(connection)) throw new Error('the query runner is not backed by a node-postgres client');
  return connection;
}

function isPgClient(value: unknown): value is PoolClient {
  return typeof value === 'object' && value !== null && 'query' in value && typeof value.query === 'function';
}

function columnDefinitions(columns: readonly StagingColumn[]): string {
  return columns.map((column) => `${column.name} ${column.type}`).join(', ');
}
