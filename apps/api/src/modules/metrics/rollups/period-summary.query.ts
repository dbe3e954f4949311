import type { InsightUser } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import { toNumber } from '../sql/numeric';
import { SqlParams } from '../sql/sql-params';
import { RollupPeriod } from './rollup-period.sql';
import type { DayRange } from './period-split';

/** What the overview needs per developer over a period, aggregated once from the activity rollups. */
export interface PeriodSummary {
  /** Developers with at least one active day. */
  readonly activeUsers: number;
  /** How many developers had each number of active days (only numbers > 0). */
  readonly activeDayCounts: readonly { readonly daysActive: number; readonly developers: number }[];
  /** Every developer with a stored row in the period, for the insight rules; empty unless asked for. */
  readonly users: readonly InsightUser[];
}

interface SummaryRow {
  active_users: string;
  histogram: { days_active: number | string; developers: number | string }[] | null;
  /** [label, generations, acceptances, lines added] per developer. */
  users: [string, number | string, number | string, number | string][] | null;
}

/**
 * One scan of the per-developer rollups serves active users (KPIs), the engagement histogram and the insights'
 * per-user totals: PostgreSQL materializes `per_developer` once for the three sub-selects.
 */
export async function queryPeriodSummary(
  dataSource: DataSource,
  organizationId: string,
  scope: string,
  period: DayRange,
  options: { users: boolean },
): Promise<PeriodSummary> {
  const params = new SqlParams();
  const rollups = new RollupPeriod(params, organizationId, scope, period);
  // Arrays, not objects: ~15% cheaper to build and parse for thousands of developers.
  const users = options.users
    ? `(SELECT json_agg(json_build_array(d.label, p.generations, p.acceptances, p.lines_added))
       FROM per_developer p JOIN developers d ON d.organization_id = ${params.add(organizationId)}::uuid AND d.id = p.developer_id)`
    : 'NULL::json';
  const sums = options.users
    ? (['active_days', 'generations', 'acceptances', 'lines_added'] as const)
    : (['active_days'] as const);
  const sql = `WITH ${rollups.perDeveloperCtes(sums)}
SELECT
  (SELECT count(*) FROM per_developer WHERE active_days > 0) AS active_users,
  (SELECT json_agg(json_build_object('days_active', active_days, 'developers', developers))
     FROM (SELECT active_days, count(*) AS developers FROM per_developer WHERE active_days > 0 GROUP BY active_days) h
  ) AS histogram,
  ${users} AS users`;
  const [row] = (await dataSource.query(sql, params.values)) as SummaryRow[];
  return {
    activeUsers: toNumber(row?.active_users),
    activeDayCounts: (row?.histogram ?? []).map((entry) => ({
      daysActive: toNumber(entry.days_active),
      developers: toNumber(entry.developers),
    })),
    users: (row?.users ?? []).map(([label, generations, acceptances, linesAdded]) => ({
      label,
      generations: toNumber(generations),
      acceptances: toNumber(acceptances),
      linesAdded: toNumber(linesAdded),
    })),
  };
}
