import type { AggregateKpis } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import { toKpis, type KpiRow } from '../sql/kpis.query';
import { SqlParams } from '../sql/sql-params';
import { RollupPeriod } from './rollup-period.sql';
import type { DayRange } from './period-split';

/**
 * KPIs from the days rollup (sums, active developer-days: one row per day), but for active users (0 here): the
 * caller takes them from the per-developer summary it shares with engagement and insights.
 */
export async function queryRollupKpis(
  dataSource: DataSource,
  organizationId: string,
  scope: string,
  period: DayRange,
): Promise<AggregateKpis> {
  const params = new SqlParams();
  const rollups = new RollupPeriod(params, organizationId, scope, period);
  const [row] = (await dataSource.query(
    `SELECT sum(generations) AS generations, sum(acceptances) AS acceptances, sum(interactions) AS interactions,
       sum(lines_added) AS lines_added, sum(lines_deleted) AS lines_deleted,
       coalesce(sum(active_developers), 0) AS active_days
     FROM daily_activity_rollups r WHERE ${rollups.daysWhere('r')}`,
    params.values,
  )) as Omit<KpiRow, 'active_users'>[];
  return toKpis(row && { ...row, active_users: '0' });
}
