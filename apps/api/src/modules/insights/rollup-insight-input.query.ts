import type { InsightInput } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import type { ResolvedFilter } from '../metrics/resolved-filter';
import { RollupPeriod } from '../metrics/rollups/rollup-period.sql';
import { toDay, toNumber } from '../metrics/sql/numeric';
import { SqlParams } from '../metrics/sql/sql-params';

interface ExtrasRow {
  days: { day: string; generations: number | string }[];
  quota_days: { label: string; day: string; generations: number | string }[] | null;
  zero_acceptance_days: string;
}

/**
 * The insight rules' input from the activity rollups, but for the per-user totals (the period summary the caller
 * shares with KPIs and engagement has them): per-day generations and zero-acceptance developer-days from the days rollup;
 * developer-days over the quota from the edge days and the whole months and weeks whose busiest day is over it.
 */
export async function queryRollupInsightInput(
  dataSource: DataSource,
  filter: ResolvedFilter,
  scope: string,
  quotaGenerations: number,
): Promise<Omit<InsightInput, 'users'>> {
  const params = new SqlParams();
  const rollups = new RollupPeriod(params, filter.organizationId, scope, filter);
  const quota = params.add(quotaGenerations);
  const sql = `WITH ${rollups.edgeDaysCte()},
quota_days AS (${rollups.daysOverSql(quota)})
SELECT
  (SELECT json_agg(json_build_object('day', s.day::date, 'generations', coalesce(r.generations, 0)) ORDER BY s.day)
     FROM generate_series(${params.add(filter.from)}::date, ${params.add(filter.to)}::date, interval '1 day') AS s(day)
     LEFT JOIN daily_activity_rollups r ON ${rollups.daysWhere('r')} AND r.day = s.day::date) AS days,
  (SELECT json_agg(json_build_object('label', d.label, 'day', q.day, 'generations', q.generations))
     FROM quota_days q JOIN developers d ON d.organization_id = ${params.add(filter.organizationId)}::uuid
       AND d.id = q.developer_id) AS quota_days,
  (SELECT coalesce(sum(zero_acceptance_days), 0) FROM daily_activity_rollups r WHERE ${rollups.daysWhere('r')})
    AS zero_acceptance_days`;
  const [row] = (await dataSource.query(sql, params.values)) as ExtrasRow[];
  return {
    days: (row?.days ?? []).map((day) => ({ day: toDay(day.day), generations: toNumber(day.generations) })),
    quotaDays: (row?.quota_days ?? []).map((entry) => ({
      label: entry.label,
      day: toDay(entry.day),
      generations: toNumber(entry.generations),
    })),
    zeroAcceptanceDeveloperDays: toNumber(row?.zero_acceptance_days),
    periodDays: filter.days,
  };
}
