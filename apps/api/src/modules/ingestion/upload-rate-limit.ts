import type { EntityManager } from 'typeorm';
import { appError } from '../../graphql/errors';

/** Serialises the count-then-insert of one organization's runs across server processes. */
const RATE_LIMIT_LOCK_CLASS = 7302;
const WINDOW_MS = 60 * 60 * 1000;

/**
 * Refuses an upload when the organization already started `uploadsPerHour` runs in the past hour.
 * Counted from metric_ingestion_runs (the audit trail), so the limit holds across restarts and processes;
 * call inside the transaction that inserts the new run, which this locks per organization.
 */
export async function assertUploadAllowed(
  manager: EntityManager,
  organizationId: string,
  uploadsPerHour: number,
): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [RATE_LIMIT_LOCK_CLASS, organizationId]);
  const rows: { created_at: Date; now: Date }[] = await manager.query(
    `SELECT created_at, now() AS now FROM metric_ingestion_runs
      WHERE organization_id = $1 AND created_at > now() - interval '1 hour'
      ORDER BY created_at DESC
      LIMIT $2`,
    [organizationId, uploadsPerHour],
  );
  if (rows.length < uploadsPerHour) return;
  // The oldest of the last `uploadsPerHour` runs leaves the window first; that frees the next slot.
  const oldest = rows[rows.length - 1] as { created_at: Date; now: Date };
  const retryAt = new Date(oldest.created_at.getTime() + WINDOW_MS);
  const retryAfterSeconds = Math.max(1, Math.ceil((retryAt.getTime() - oldest.now.getTime()) / 1000));
  throw appError(
    'RATE_LIMITED',
    `At most ${uploadsPerHour} uploads per hour per organization; try again at ${retryAt.toISOString()} (in ${retryAfterSeconds} s).`,
    { retryAfterSeconds, retryAt: retryAt.toISOString() },
  );
}
