import type { InsightPeople, InsightThresholds } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import { insightPeopleSql, toInsightPeople, type InsightPeopleJson } from '../../insights/sql/insight-people.sql';
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
  /** The people insights' input (counts and each ranking's leaders); null unless asked for. */
  readonly people: InsightPeople | null;
}

interface SummaryRow {
  active_users: string;
  histogram: { days_active: number | string; developers: number | string }[] | null;
  people: InsightPeopleJson | null;
}

/**
 * One scan of the per-developer rollups serves active users (KPIs), the engagement histogram and the people
 * insights (ranked here; only the leaders are returned): PostgreSQL materializes `per_developer` once for all
 * the sub-selects.
 */
export async function queryPeriodSummary(
  dataSource: DataSource,
  organizationId: string,
  scope: string,
  period: DayRange,
  options: { people: InsightThresholds | null },
): Promise<PeriodSummary> {
  const params = new SqlParams();
  const rollups = new RollupPeriod(params, organizationId, scope, period);
  const people = options.people
    ? insightPeopleSql('per_developer', `${params.add(organizationId)}::uuid`, options.people, params)
    : 'NULL::json';
  const sums = options.people
    ? (['active_days', 'generations', 'acceptances', 'lines_added'] as const)
    : (['active_days'] as const);
  const sql = `WITH ${rollups.perDeveloperCte(sums)}
SELECT
  (SELECT count(*) FROM per_developer WHERE active_days > 0) AS active_users,
  (SELECT json_agg(json_build_object('days_active', active_days, 'developers', developers))
     FROM (SELECT active_days, count(*) AS developers FROM per_developer WHERE active_days > 0 GROUP BY active_days) h
  ) AS histogram,
  ${people} AS people`;
  const [row] = (await dataSource.query(sql, params.values)) as SummaryRow[];
  return {
    activeUsers: toNumber(row?.active_users),
    activeDayCounts: (row?.histogram ?? []).map((entry) => ({
      daysActive: toNumber(entry.days_active),
      developers: toNumber(entry.developers),
    })),
    people: options.people ? toInsightPeople(row?.people) : null,
  };
}
