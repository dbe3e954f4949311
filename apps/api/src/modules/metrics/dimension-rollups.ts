import type { EntityManager } from 'typeorm';
import { addDays } from '@devpulse/domain';
import { ROLLUP_DIMENSIONS_SQL, ROLLUP_KEY_SQL } from '../../database/migrations/1764079200000-aggregation-support';
import { recomputeActivityRollupsSql } from '../../database/migrations/1764097200000-developer-day-rollups';
import { isoWeekday, monthEnd, monthStart } from './rollups/period-split';

/**
 * Recomputes every rollup of an organization for a day range: the dimension rollups and the activity rollups
 * (days, developer-weeks and -months). Every ordinary write queues its keys and the server processes the queue
 * (`processRollupQueue`); this is for writes that bypass triggers (bulk loads with
 * `session_replication_role = replica`, such as the seed) and for repairs.
 */
export async function refreshRollups(
  manager: EntityManager,
  organizationId: string,
  days: { from: string; to: string },
): Promise<void> {
  await refreshDimensionRollups(manager, organizationId, days);
  await refreshActivityRollups(manager, organizationId, days);
}

/**
 * Statements recomputing `daily_dimension_rollups` for the (organization, day) pairs of `touched` (a relation with
 * those columns) from the breakdown rows: what the rollup queue's processing runs after writes.
 */
export function recomputeDimensionRollupsSql(touched: string): string[] {
  const touchedDays = `(SELECT DISTINCT organization_id, day FROM ${touched} touched)`;
  return [
    `DELETE FROM daily_dimension_rollups r USING ${touchedDays} t
     WHERE r.organization_id = t.organization_id AND r.day = t.day`,
    `INSERT INTO daily_dimension_rollups (organization_id, day, dimension, source, key, cells, generations, acceptances, interactions)
     SELECT b.organization_id, b.day, b.dimension, b.source, ${ROLLUP_KEY_SQL}, count(*), sum(b.generations),
       sum(b.acceptances), sum(b.interactions)
     FROM daily_metric_breakdowns b JOIN ${touchedDays} t ON b.organization_id = t.organization_id AND b.day = t.day
     WHERE b.dimension IN ${ROLLUP_DIMENSIONS_SQL}
     GROUP BY 1, 2, 3, 4, 5`,
  ];
}

/** Recomputes `daily_dimension_rollups` of an organization for a day range from its breakdown rows. */
async function refreshDimensionRollups(
  manager: EntityManager,
  organizationId: string,
  days: { from: string; to: string },
): Promise<void> {
  const range = [organizationId, days.from, days.to];
  await manager.query(
    `DELETE FROM daily_dimension_rollups WHERE organization_id = $1 AND day BETWEEN $2 AND $3`,
    range,
  );
  await manager.query(
    `INSERT INTO daily_dimension_rollups (organization_id, day, dimension, source, key, cells, generations, acceptances, interactions)
     SELECT organization_id, day, dimension, source, ${ROLLUP_KEY_SQL}, count(*), sum(generations), sum(acceptances), sum(interactions)
     FROM daily_metric_breakdowns
     WHERE organization_id = $1 AND day BETWEEN $2 AND $3 AND dimension IN ${ROLLUP_DIMENSIONS_SQL}
     GROUP BY 1, 2, 3, 4, 5`,
    range,
  );
}

/**
 * Recomputes the activity rollups of a day range: every week and month rollup overlapping it is deleted, then the
 * recompute rebuilds each span holding a stored row of the widened range (whole weeks and months, so a partly
 * covered span is rebuilt whole); days rollups of the range go and come back the same way.
 */
async function refreshActivityRollups(
  manager: EntityManager,
  organizationId: string,
  days: { from: string; to: string },
): Promise<void> {
  const monday = addDays(days.from, 1 - isoWeekday(days.from));
  const widened = {
    from: monday < monthStart(days.from) ? monday : monthStart(days.from),
    to:
      addDays(days.to, 7 - isoWeekday(days.to)) > monthEnd(days.to)
        ? addDays(days.to, 7 - isoWeekday(days.to))
        : monthEnd(days.to),
  };
  await manager.query(`DELETE FROM daily_activity_rollups WHERE organization_id = $1 AND day BETWEEN $2 AND $3`, [
    organizationId,
    days.from,
    days.to,
  ]);
  await manager.query(
    `DELETE FROM developer_period_rollups WHERE organization_id = $1
       AND ((grain = 'day' AND start BETWEEN $5 AND $4) OR (grain = 'week' AND start BETWEEN $2 AND $4)
         OR (grain = 'month' AND start BETWEEN $3 AND $4))`,
    [organizationId, monday, monthStart(days.from), days.to, days.from],
  );
  const touched = `(SELECT organization_id, developer_id, day FROM daily_developer_metrics
    WHERE organization_id = $1 AND day BETWEEN $2 AND $3)`;
  for (const statement of recomputeActivityRollupsSql(touched)) {
    await manager.query(statement, [organizationId, widened.from, widened.to]);
  }
}
