import type { MetricsFormat, RowError } from '@devpulse/domain';
import type { DataSource, EntityManager } from 'typeorm';

export type IngestionStatusValue = 'PROCESSING' | 'COMPLETED' | 'FAILED';

/** What a run adds beyond the audit columns (stored in `summary`). */
export interface RunSummary {
  readonly newRows: number;
  readonly updatedRows: number;
  readonly distinctDevelopers: number;
  readonly firstDay: string | null;
  readonly lastDay: string | null;
}

/** One row of metric_ingestion_runs, typed. */
export interface IngestionRunRecord {
  readonly id: string;
  readonly organizationId: string;
  readonly tokenId: string | null;
  readonly fileName: string;
  readonly format: MetricsFormat | null;
  readonly status: IngestionStatusValue;
  readonly rowsProcessed: number;
  readonly rowsErrored: number;
  readonly errorDetails: RowError[];
  readonly warnings: string[];
  readonly summary: Partial<RunSummary>;
  readonly bytes: number;
  readonly sha256: string | null;
  readonly createdAt: Date;
  readonly finishedAt: Date | null;
}

interface RunRow {
  id: string;
  organization_id: string;
  token_id: string | null;
  file_name: string;
  format: MetricsFormat | null;
  status: IngestionStatusValue;
  rows_processed: number;
  rows_errored: number;
  error_details: RowError[];
  warnings: string[];
  summary: Partial<RunSummary>;
  bytes: string;
  sha256: string | null;
  created_at: Date;
  finished_at: Date | null;
}

const toRecord = (row: RunRow): IngestionRunRecord => ({
  id: row.id,
  organizationId: row.organization_id,
  tokenId: row.token_id,
  fileName: row.file_name,
  format: row.format,
  status: row.status,
  rowsProcessed: row.rows_processed,
  rowsErrored: row.rows_errored,
  errorDetails: row.error_details,
  warnings: row.warnings,
  summary: row.summary,
  // bigint arrives as a string; a file is far below 2^53 bytes.
  bytes: Number(row.bytes),
  sha256: row.sha256,
  createdAt: row.created_at,
  finishedAt: row.finished_at,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The audit trail of imports: every write to metric_ingestion_runs goes through here. */
export class IngestionRunStore {
  constructor(private readonly dataSource: DataSource) {}

  async create(
    manager: EntityManager,
    run: { organizationId: string; tokenId: string | null; fileName: string; format: MetricsFormat },
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO metric_ingestion_runs (organization_id, token_id, file_name, format, status)
       VALUES ($1, $2, $3, $4, 'PROCESSING') RETURNING id`,
      [run.organizationId, run.tokenId, run.fileName, run.format],
    );
    if (!row) throw new Error('INSERT ... RETURNING returned no run id');
    return row.id;
  }

  /**
   * Locks the run row for the import's transaction. While it is held, `markStaleRunsFailed` (SKIP LOCKED) leaves
   * the run alone, so a second server starting up never fails an import that is still running.
   * False when the run is no longer PROCESSING (a starting server already declared it stale).
   */
  async lockForImport(manager: EntityManager, runId: string): Promise<boolean> {
    const rows: { status: string }[] = await manager.query(
      `SELECT status FROM metric_ingestion_runs WHERE id = $1 FOR UPDATE`,
      [runId],
    );
    return rows[0]?.status === 'PROCESSING';
  }

  async finish(
    manager: EntityManager,
    runId: string,
    result: {
      status: Exclude<IngestionStatusValue, 'PROCESSING'>;
      rowsProcessed: number;
      rowsErrored: number;
      errorDetails: readonly RowError[];
      warnings: readonly string[];
      summary: RunSummary | Record<string, never>;
      bytes: number;
      sha256: string | null;
    },
  ): Promise<void> {
    await manager.query(
      `UPDATE metric_ingestion_runs
          SET status = $2, rows_processed = $3, rows_errored = $4, error_details = $5::jsonb, warnings = $6::jsonb,
              summary = $7::jsonb, bytes = $8, sha256 = $9, finished_at = now()
        WHERE id = $1`,
      [
        runId,
        result.status,
        result.rowsProcessed,
        result.rowsErrored,
        JSON.stringify(result.errorDetails),
        JSON.stringify(result.warnings),
        JSON.stringify(result.summary),
        result.bytes,
        result.sha256,
      ],
    );
  }

  /** After a fatal error: the data transaction was rolled back, so only the run itself records what happened. */
  async fail(runId: string, reason: string, bytes: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE metric_ingestion_runs
          SET status = 'FAILED', warnings = warnings || $2::jsonb, bytes = $3, finished_at = now()
        WHERE id = $1 AND status = 'PROCESSING'`,
      [runId, JSON.stringify([reason]), bytes],
    );
  }

  /** For refusals that must leave nothing behind (a file over the size limit). */
  async remove(runId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM metric_ingestion_runs WHERE id = $1`, [runId]);
  }

  async list(organizationId: string, first: number): Promise<IngestionRunRecord[]> {
    const rows: RunRow[] = await this.dataSource.query(
      `SELECT * FROM metric_ingestion_runs WHERE organization_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [organizationId, first],
    );
    return rows.map(toRecord);
  }

  async find(organizationId: string, id: string): Promise<IngestionRunRecord | null> {
    if (!UUID.test(id)) return null;
    const rows: RunRow[] = await this.dataSource.query(
      `SELECT * FROM metric_ingestion_runs WHERE organization_id = $1 AND id = $2`,
      [organizationId, id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }
}

/**
 * Marks runs left PROCESSING by a crashed or killed server as FAILED; call at start-up, after migrations.
 * Runs still being imported hold their row lock (see `lockForImport`), and SKIP LOCKED passes over them,
 * so this is safe with several server processes on one database. Returns how many runs it failed.
 */
export async function markStaleRunsFailed(dataSource: DataSource): Promise<number> {
  const rows: unknown[] = await dataSource.query(
    `UPDATE metric_ingestion_runs
        SET status = 'FAILED', finished_at = now(),
            warnings = warnings || '["The server stopped before this import finished; nothing of it was stored."]'::jsonb
      WHERE id IN (SELECT id FROM metric_ingestion_runs WHERE status = 'PROCESSING' FOR UPDATE SKIP LOCKED)
      RETURNING id`,
  );
  // TypeORM returns [rows, affectedCount] for UPDATE ... RETURNING on postgres.
  const returned = Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows;
  return returned.length;
}
