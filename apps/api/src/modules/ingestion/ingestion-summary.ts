import type { ColumnMapping, MetricsFormat, NormalizedUsageRow, RowError } from '@devpulse/domain';

/** The audit keeps the first 1000 row errors; the count is always exact. */
export const MAX_ERROR_DETAILS = 1000;
export const MAX_WARNINGS = 200;
export const SAMPLE_ROWS = 20;

/** Everything preview shows and a run records, computed by the one pipeline both use. */
export interface IngestionOutcome {
  readonly format: MetricsFormat;
  /** Valid rows read from the file, before rows of the same developer-tool-day are combined. */
  readonly rowCount: number;
  readonly errorCount: number;
  readonly errors: readonly RowError[];
  readonly warnings: readonly string[];
  readonly columns: readonly string[];
  readonly mapping: ColumnMapping | null;
  readonly sample: readonly NormalizedUsageRow[];
  readonly firstDay: string | null;
  readonly lastDay: string | null;
  readonly distinctDevelopers: number;
  readonly newRows: number;
  readonly updatedRows: number;
}

/** Accumulates parse events without keeping rows beyond the sample. */
export class IngestionSummary {
  rowCount = 0;
  errorCount = 0;
  readonly errors: RowError[] = [];
  readonly sample: NormalizedUsageRow[] = [];
  columns: readonly string[] = [];
  mapping: ColumnMapping | null = null;
  firstDay: string | null = null;
  lastDay: string | null = null;
  private readonly warningSet = new Set<string>();
  private droppedWarnings = 0;

  addRow(row: NormalizedUsageRow): void {
    this.rowCount++;
    if (this.sample.length < SAMPLE_ROWS) this.sample.push(row);
    // YYYY-MM-DD compares correctly as text.
    if (this.firstDay === null || row.day < this.firstDay) this.firstDay = row.day;
    if (this.lastDay === null || row.day > this.lastDay) this.lastDay = row.day;
  }

  addError(error: RowError): void {
    this.errorCount++;
    if (this.errors.length < MAX_ERROR_DETAILS) this.errors.push(error);
  }

  addWarning(message: string): void {
    if (this.warningSet.has(message)) return;
    if (this.warningSet.size >= MAX_WARNINGS) this.droppedWarnings++;
    else this.warningSet.add(message);
  }

  get warnings(): string[] {
    const warnings = [...this.warningSet];
    if (this.droppedWarnings > 0) warnings.push(`… and ${this.droppedWarnings} more warnings`);
    return warnings;
  }
}
