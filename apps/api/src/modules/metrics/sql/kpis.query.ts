import { acceptanceRate, developerValue, type AggregateKpis } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import type { ResolvedFilter } from '../resolved-filter';
import { ACTIVE_DAY_SQL, developerDaysCte } from './developer-days.sql';
import { toNumber } from './numeric';
import { SqlParams } from './sql-params';

export interface KpiRow {
  generations: string | null;
  acceptances: string | null;
  interactions: string | null;
  lines_added: string | null;
  lines_deleted: string | null;
  active_days: string;
  active_users: string;
}

/** The KPI row (`KpiRow`) over the developer-days `dd`. */
export const KPIS_FROM_DEVELOPER_DAYS_SQL = `SELECT sum(generations) AS generations, sum(acceptances) AS acceptances,
  sum(interactions) AS interactions, sum(lines_added) AS lines_added, sum(lines_deleted) AS lines_deleted,
  count(*) FILTER (WHERE ${ACTIVE_DAY_SQL}) AS active_days,
  count(DISTINCT developer_id) FILTER (WHERE ${ACTIVE_DAY_SQL}) AS active_users
FROM dd`;

/** KPIs over developer-days: sums are 0 and the rate null when nothing matches. */
export async function queryKpis(
  dataSource: DataSource,
  filter: ResolvedFilter,
  period: { from: string; to: string } = filter,
): Promise<AggregateKpis> {
  const params = new SqlParams();
  const sql = `WITH ${developerDaysCte(filter, params, period)}
${KPIS_FROM_DEVELOPER_DAYS_SQL}`;
  const [row] = (await dataSource.query(sql, params.values)) as KpiRow[];
  return toKpis(row);
}

export function toKpis(row: KpiRow | undefined): AggregateKpis {
  const totals = {
    generations: toNumber(row?.generations),
    acceptances: toNumber(row?.acceptances),
    interactions: toNumber(row?.interactions),
    linesAdded: toNumber(row?.lines_added),
    linesDeleted: toNumber(row?.lines_deleted),
  };
  return {
    totalGenerations: totals.generations,
    totalAcceptances: totals.acceptances,
    acceptanceRate: acceptanceRate(totals.acceptances, totals.generations),
    linesAdded: totals.linesAdded,
    linesDeleted: totals.linesDeleted,
    netLines: totals.linesAdded - totals.linesDeleted,
    interactions: totals.interactions,
    activeUsers: toNumber(row?.active_users),
    activeDays: toNumber(row?.active_days),
    estimatedValue: developerValue(totals).totalValue,
  };
}
