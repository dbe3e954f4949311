import { acceptanceRate, type DayAggregate } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import type { ResolvedFilter } from '../resolved-filter';
import { activityRollupScope } from '../rollups/rollup-scope';
import { RollupPeriod } from '../rollups/rollup-period.sql';
import { ACTIVE_DAY_SQL, developerDaysCte } from './developer-days.sql';
import { toDay, toNumber } from './numeric';
import { SqlParams } from './sql-params';

export interface DayRow {
  day: string;
  generations: string;
  acceptances: string;
  interactions: string;
  lines_added: string;
  lines_deleted: string;
  active_users: string;
}

/** `per_day` from the developer-days `dd`. */
export const PER_DAY_FROM_DEVELOPER_DAYS_SQL = `per_day AS (
  SELECT day, sum(generations) AS generations, sum(acceptances) AS acceptances, sum(interactions) AS interactions,
    sum(lines_added) AS lines_added, sum(lines_deleted) AS lines_deleted,
    count(*) FILTER (WHERE ${ACTIVE_DAY_SQL}) AS active_users
  FROM dd GROUP BY day
)`;

/** Every day of the period from `per_day` (`DayRow`s), ascending, days without a row as zeros. */
export function zeroFilledDaysSql(period: { from: string; to: string }, params: SqlParams): string {
  return `SELECT s.day::date::text AS day,
  coalesce(p.generations, 0) AS generations, coalesce(p.acceptances, 0) AS acceptances,
  coalesce(p.interactions, 0) AS interactions, coalesce(p.lines_added, 0) AS lines_added,
  coalesce(p.lines_deleted, 0) AS lines_deleted, coalesce(p.active_users, 0) AS active_users
FROM generate_series(${params.add(period.from)}::date, ${params.add(period.to)}::date, interval '1 day') AS s(day)
LEFT JOIN per_day p ON p.day = s.day::date
ORDER BY s.day`;
}

/** Every day of the period, ascending; days without rows are zeros (generate_series), their rate null. */
export async function queryByDay(dataSource: DataSource, filter: ResolvedFilter): Promise<DayAggregate[]> {
  const params = new SqlParams();
  const scope = activityRollupScope(filter);
  const perDay = scope
    ? `per_day AS (
  SELECT day, generations, acceptances, interactions, lines_added, lines_deleted, active_developers AS active_users
  FROM daily_activity_rollups r WHERE ${new RollupPeriod(params, filter.organizationId, scope, filter).daysWhere('r')}
)`
    : `${developerDaysCte(filter, params)},
${PER_DAY_FROM_DEVELOPER_DAYS_SQL}`;
  const sql = `WITH ${perDay}
${zeroFilledDaysSql(filter, params)}`;
  const rows = (await dataSource.query(sql, params.values)) as DayRow[];
  return rows.map(toDayAggregate);
}

export function toDayAggregate(row: DayRow): DayAggregate {
  const generations = toNumber(row.generations);
  const acceptances = toNumber(row.acceptances);
  return {
    day: toDay(row.day),
    generations,
    acceptances,
    acceptanceRate: acceptanceRate(acceptances, generations),
    linesAdded: toNumber(row.lines_added),
    linesDeleted: toNumber(row.lines_deleted),
    interactions: toNumber(row.interactions),
    activeUsers: toNumber(row.active_users),
  };
}
