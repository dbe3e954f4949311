import type { DataSource } from 'typeorm';
import { recomputeActivityRollupsSql } from '../../../database/migrations/1764097200000-developer-day-rollups';
import { recomputeDimensionRollupsSql } from '../dimension-rollups';

/** One queue processor per organization at a time, across processes (`pg_try_advisory_xact_lock`). */
const ROLLUP_LOCK_CLASS = 7302;
/** Recomputing sorts the touched developer-days: in memory, for this transaction only. */
const RECOMPUTE_WORK_MEM = '64MB';

/**
 * Recomputes the activity and dimension rollups for every (developer, day) an organization's writes queued, in one
 * transaction: the taken keys leave the queue exactly when their rollups are current. Returns false when another process is
 * already at it (its work covers what this call would have done, or leaves the rest queued).
 */
export async function processRollupQueue(dataSource: DataSource, organizationId: string): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    const [lock] = (await manager.query(`SELECT pg_try_advisory_xact_lock($1, hashtext($2)) AS locked`, [
      ROLLUP_LOCK_CLASS,
      organizationId,
    ])) as { locked: boolean }[];
    if (!lock?.locked) return false;
    await manager.query(`SET LOCAL work_mem = '${RECOMPUTE_WORK_MEM}'`);
    await manager.query(
      `CREATE TEMP TABLE rollup_touched (organization_id uuid, developer_id uuid, day date) ON COMMIT DROP`,
    );
    // Keys a concurrent writer queues after this snapshot stay queued for the next run.
    await manager.query(
      `WITH taken AS (DELETE FROM rollup_queue WHERE organization_id = $1 RETURNING developer_id, day)
       INSERT INTO rollup_touched SELECT DISTINCT $1::uuid, developer_id, day FROM taken`,
      [organizationId],
    );
    for (const statement of [
      ...recomputeActivityRollupsSql('rollup_touched'),
      ...recomputeDimensionRollupsSql('rollup_touched'),
    ]) {
      await manager.query(statement);
    }
    return true;
  });
}

/**
 * Runs queue processing in the background after writes and when a reader finds queued keys, at most once at a
 * time per organization in this process. Readers never wait for it: until it commits they use the stored rows.
 */
export class RollupRefresher {
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    /** After a run has committed: what readers knew about pending rollups is out of date. */
    private readonly onProcessed: () => void = () => undefined,
  ) {}

  /** Starts processing the organization's queue unless it already runs here; the promise never rejects. */
  refreshSoon(organizationId: string): Promise<void> {
    const running = this.running.get(organizationId);
    if (running) return running;
    const run = processRollupQueue(this.dataSource, organizationId)
      .then(
        () => this.onProcessed(),
        (error: unknown) => console.error('activity rollup refresh failed', error),
      )
      .finally(() => this.running.delete(organizationId));
    this.running.set(organizationId, run);
    return run;
  }

  /** Waits for every refresh started here: before the database closes. */
  async drain(): Promise<void> {
    await Promise.all([...this.running.values()]);
  }
}
