import type { InsightInput, InsightThresholds } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import type { ResolvedFilter } from '../metrics/resolved-filter';
import { RollupPeriod } from '../metrics/rollups/rollup-period.sql';
import { toDay, toNumber } from '../metrics/sql/numeric';
import { SqlParams } from '../metrics/sql/sql-params';
import { insightQuotaDaysSql, toInsightQuotaDays, type InsightQuotaDaysJson } from './sql/insight-quota-days.sql';

interface ExtrasRow {
  days: { day: string; generations: number | string }[];
  quota_days: InsightQuotaDaysJson | null;
  zero_acceptance_days: string;
}

/**
 * The insight rules' input from the activity rollups, but for the people insights' (the period summary the caller
 * shares with KPIs and engagement has it): per-day generations and zero-acceptance developer-days from the days
 * rollup; developer-days over the quota from the edge days and the whole months and weeks whose busiest day is
 * over it, counted, with only the busiest returned.
 */
export async function queryRollupInsightInput(
  dataSource: DataSource,
  filter: ResolvedFilter,
  scope: string,
  thresholds: InsightThresholds,
): Promise<Omit<InsightInput, 'people'>> {
  const params = new SqlParams();
  const rollups = new RollupPeriod(params, filter.organizationId, scope, filter);
  const quota = params.add(thresholds.quotaGenerations);
  const organization = `${params.add(filter.organizationId)}::uuid`;
  const sql = `WITH quota_days AS (${rollups.daysOverSql(quota)})
SELECT
  (SELECT json_agg(json_build_object('day', s.day::date, 'generations', coalesce(r.generations, 0)) ORDER BY s.day)
     FROM generate_series(${params.add(filter.from)}::date, ${params.add(filter.to)}::date, interval '1 day') AS s(day)
     LEFT JOIN daily_activity_rollups r ON ${rollups.daysWhere('r')} AND r.day = s.day::date) AS days,
  ${insightQuotaDaysSql('quota_days', organization, thresholds, params)} AS quota_days,
  (SELECT coalesce(sum(zero_acceptance_days), 0) FROM daily_activity_rollups r WHERE ${rollups.daysWhere('r')})
    AS zero_acceptance_days`;
  const [row] = (await dataSource.query(sql, params.values)) as ExtrasRow[];
  return {
    days: (row?.days ?? []).map((day) => ({ day: toDay(day.day), generations: toNumber(day.generations) })),
    quotaDays: toInsightQuotaDays(row?.quota_days),
    zeroAcceptanceDeveloperDays: toNumber(row?.zero_acceptance_days),
    periodDays: filter.days,
  };
}
