import type { InsightInput, InsightThresholds } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import type { ResolvedFilter } from '../metrics/resolved-filter';
import { developerDaysCte } from '../metrics/sql/developer-days.sql';
import { toDay, toNumber } from '../metrics/sql/numeric';
import { SqlParams } from '../metrics/sql/sql-params';
import { insightPeopleSql, toInsightPeople, type InsightPeopleJson } from './sql/insight-people.sql';
import { insightQuotaDaysSql, toInsightQuotaDays, type InsightQuotaDaysJson } from './sql/insight-quota-days.sql';

interface InputRow {
  people: InsightPeopleJson | null;
  days: { day: string; generations: number | string }[];
  quota_days: InsightQuotaDaysJson | null;
  zero_acceptance_days: string;
}

/**
 * What the domain's insight rules read, aggregated and ranked in one SQL statement over the filtered
 * developer-days (filters the activity rollups cannot answer): the people insights' counts and leaders,
 * zero-filled per-day generations, the developer-days over the quota (counted, the busiest returned) and the
 * zero-acceptance count.
 */
export async function queryInsightInput(
  dataSource: DataSource,
  filter: ResolvedFilter,
  thresholds: InsightThresholds,
): Promise<InsightInput> {
  const params = new SqlParams();
  const organization = `${params.add(filter.organizationId)}::uuid`;
  const sql = `WITH ${developerDaysCte(filter, params)},
per_user AS (
  SELECT developer_id, sum(generations) AS generations, sum(acceptances) AS acceptances, sum(lines_added) AS lines_added
  FROM dd GROUP BY developer_id
),
per_day AS (SELECT day, sum(generations) AS generations FROM dd GROUP BY day),
quota_days AS (SELECT developer_id, day, generations FROM dd WHERE generations > ${params.add(thresholds.quotaGenerations)})
SELECT
  ${insightPeopleSql('per_user', organization, thresholds, params)} AS people,
  (SELECT json_agg(json_build_object('day', s.day::date, 'generations', coalesce(p.generations, 0)) ORDER BY s.day)
     FROM generate_series(${params.add(filter.from)}::date, ${params.add(filter.to)}::date, interval '1 day') AS s(day)
     LEFT JOIN per_day p ON p.day = s.day::date) AS days,
  ${insightQuotaDaysSql('quota_days', organization, thresholds, params)} AS quota_days,
  (SELECT count(*) FROM dd WHERE generations > 0 AND acceptances = 0) AS zero_acceptance_days`;
  const [row] = (await dataSource.query(sql, params.values)) as InputRow[];
  return {
    people: toInsightPeople(row?.people),
    days: (row?.days ?? []).map((day) => ({ day: toDay(day.day), generations: toNumber(day.generations) })),
    quotaDays: toInsightQuotaDays(row?.quota_days),
    zeroAcceptanceDeveloperDays: toNumber(row?.zero_acceptance_days),
    periodDays: filter.days,
  };
}
