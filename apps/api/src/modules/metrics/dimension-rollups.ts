import type { EntityManager } from 'typeorm';
import { ROLLUP_DIMENSIONS_SQL, ROLLUP_KEY_SQL } from '../../database/migrations/1764079200000-aggregation-support';

/**
 * Recomputes `daily_dimension_rollups` of an organization for a day range from its breakdown rows. Triggers keep
 * the rollups current on every ordinary write; this is for writes that bypass triggers (bulk loads with
 * `session_replication_role = replica`, such as the seed) and for repairs.
 */
export async function refreshRollups(
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
