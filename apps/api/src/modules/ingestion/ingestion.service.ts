import { utcDay, type ColumnMapping, type MetricsFormat } from '@devpulse/domain';
import type { Readable } from 'node:stream';
import type { DataSource, QueryRunner } from 'typeorm';
import type { AppConfig } from '../../config/env';
import { appError } from '../../graphql/errors';
import { resolveFormat } from './format-detection';
import { runIngestionPipeline } from './ingestion-pipeline';
import { IngestionRunStore, type IngestionRunRecord } from './ingestion-run.store';
import type { IngestionOutcome } from './ingestion-summary';
import { assertAcceptedFileName } from './upload-file-name';
import { UploadReader, UploadTooLargeError } from './upload-reader';
import { assertUploadAllowed } from './upload-rate-limit';
import { detectStagingLoad, type StagingLoad } from './usage-staging';

/** A file on its way in: from a GraphQL upload or from disk (CLI). */
export interface IncomingFile {
  readonly fileName: string;
  readonly stream: Readable;
}

export interface IngestionOptions {
  readonly format: MetricsFormat | null;
  readonly mapping: ColumnMapping | null;
}

export interface ImportCaller {
  readonly organizationId: string;
  /** The uploading API token; null for the CLI. */
  readonly tokenId: string | null;
  /** The hourly limit guards the HTTP API; the CLI (a trusted cron job) skips it. */
  readonly rateLimited: boolean;
}

/** Preview and import of usage files: both stream the file through the same pipeline; only import keeps the result. */
export class IngestionService {
  readonly runs: IngestionRunStore;
  /** Asked of the server on first use; it does not change while the process runs. */
  private stagingLoad: StagingLoad | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Pick<AppConfig, 'maxUploadBytes' | 'uploadsPerHour'>,
    private readonly now: () => Date = () => new Date(),
    /** Told after an import committed rows, e.g. to bring derived data (the activity rollups) up to date. */
    private readonly afterImport: (organizationId: string) => void = () => undefined,
  ) {
    this.runs = new IngestionRunStore(dataSource);
  }

  /** What importing the file would do; runs the import pipeline in a transaction that is always rolled back. */
  async preview(organizationId: string, file: IncomingFile, options: IngestionOptions): Promise<IngestionOutcome> {
    assertAcceptedFileName(file.fileName);
    const reader = new UploadReader(file.stream, this.config.maxUploadBytes);
    try {
      const { format, chunks } = await resolveFormat(reader.chunks(), file.fileName, options.format);
      return await this.inTransaction('rollback', async (runner) => {
        const outcome = await runIngestionPipeline(runner, {
          organizationId,
          format,
          chunks,
          mapping: options.mapping,
          today: utcDay(this.now()),
          write: false,
          stagingLoad: await this.stagingLoadOf(runner),
        });
        await reader.finish();
        return outcome;
      });
    } catch (error) {
      throw toClientError(error);
    }
  }

  /**
   * Imports a file as one run: the run row is committed first (PROCESSING), then the data and the run's final
   * state commit together in one transaction, so a run is COMPLETED exactly when its rows are stored, and a crash
   * leaves no row of the file (the next start marks the run FAILED).
   */
  async import(caller: ImportCaller, file: IncomingFile, options: IngestionOptions): Promise<IngestionRunRecord> {
    assertAcceptedFileName(file.fileName);
    const reader = new UploadReader(file.stream, this.config.maxUploadBytes);
    let runId: string | null = null;
    try {
      const { format, chunks } = await resolveFormat(reader.chunks(), file.fileName, options.format);
      runId = await this.dataSource.transaction(async (manager) => {
        if (caller.rateLimited) await assertUploadAllowed(manager, caller.organizationId, this.config.uploadsPerHour);
        return this.runs.create(manager, { ...caller, fileName: file.fileName, format });
      });
      const id = runId;
      await this.inTransaction('commit', async (runner) => {
        if (!(await this.runs.lockForImport(runner.manager, id))) {
          throw new Error('the run was marked failed by a starting server before its import began');
        }
        const outcome = await runIngestionPipeline(runner, {
          organizationId: caller.organizationId,
          format,
          chunks,
          mapping: options.mapping,
          today: utcDay(this.now()),
          write: { runId: id },
          stagingLoad: await this.stagingLoadOf(runner),
        });
        const { bytes, sha256 } = await reader.finish();
        const everyRowFailed = outcome.rowCount === 0 && outcome.errorCount > 0;
        await this.runs.finish(runner.manager, id, {
          status: everyRowFailed ? 'FAILED' : 'COMPLETED',
          rowsProcessed: outcome.rowCount,
          rowsErrored: outcome.errorCount,
          errorDetails: outcome.errors,
          warnings:
            outcome.rowCount === 0 && outcome.errorCount === 0
              ? [...outcome.warnings, 'The file has no rows.']
              : outcome.warnings,
          summary: {
            newRows: outcome.newRows,
            updatedRows: outcome.updatedRows,
            distinctDevelopers: outcome.distinctDevelopers,
            firstDay: outcome.firstDay,
            lastDay: outcome.lastDay,
          },
          bytes,
          sha256,
        });
      });
      this.afterImport(caller.organizationId);
      const run = await this.runs.find(caller.organizationId, id);
      if (!run) throw new Error(`run ${id} vanished after it was finished`);
      return run;
    } catch (error) {
      if (runId !== null) {
        // Over the size limit is a refusal, like the other limits: nothing of it stays, not even the run.
        if (error instanceof UploadTooLargeError) await this.runs.remove(runId);
        else
          await this.runs.fail(
            runId,
            `The import stopped: ${describe(error)}. Nothing of this file was stored.`,
            reader.bytes,
          );
      }
      throw toClientError(error);
    }
  }

  private async stagingLoadOf(runner: QueryRunner): Promise<StagingLoad> {
    this.stagingLoad ??= await detectStagingLoad(runner);
    return this.stagingLoad;
  }

  private async inTransaction<T>(end: 'commit' | 'rollback', work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      let result: T;
      try {
        result = await work(runner);
      } catch (error) {
        await runner.rollbackTransaction();
        throw error;
      }
      if (end === 'commit') await runner.commitTransaction();
      else await runner.rollbackTransaction();
      return result;
    } finally {
      await runner.release();
    }
  }
}

/** Client errors pass through; the size refusal becomes PAYLOAD_TOO_LARGE; anything else stays internal. */
export function toClientError(error: unknown): unknown {
  if (error instanceof UploadTooLargeError)
    return appError('PAYLOAD_TOO_LARGE', error.message, { maxBytes: error.maxBytes });
  if (isBusboyLimit(error)) return appError('PAYLOAD_TOO_LARGE', error.message);
  return error;
}

function isBusboyLimit(error: unknown): error is Error {
  return error instanceof Error && (error as { status?: unknown }).status === 413;
}

/** A reason safe for the audit trail: client errors keep their message, internal ones do not leak SQL. */
function describe(error: unknown): string {
  if (error instanceof Error && 'extensions' in error) return error.message;
  return 'an internal error occurred';
}
