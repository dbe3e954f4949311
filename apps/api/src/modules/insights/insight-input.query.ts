import type { InsightInput } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import type { ResolvedFilter } from '../metrics/resolved-filter';
import { developerDaysCte } from '../metrics/sql/developer-days.sql';
import { developerLabelSql } from '../metrics/sql/developer-label.sql';
import { toDay, toNumber } from '../metrics/sql/numeric';
import { SqlParams } from '../metrics/sql/sql-params';

interface InputRow {
  users:
    | { label: string; generations: number | string; acceptances: number | string; lines_added: number | string }[]
    | null;
  days: { day: string; generations: number | string }[];
  quota_days: { label: string; day: string; generations: number | string }[] | null;
  zero_acceptance_days: string;
}

/**
 * What the domain's insight rules read, aggregated in one SQL statement: per-user totals, zero-filled per-day
 * generations, developer-days over the quota (pre-filtered, as the domain allows) and the zero-acceptance count.
 */
export async function queryInsightInput(
  dataSource: DataSource,
  filter: ResolvedFilter,
  quotaGenerations: number,
): Promise<InsightInput> {
  const params = new SqlParams();
  const organization = params.add(filter.organizationId);
  const sql = `WITH ${developerDaysCte(filter, params)},
labels AS (
  SELECT d.id AS developer_id, ${developerLabelSql('d')} AS label
  FROM developers d WHERE d.organization_id = ${organization}::uuid AND d.id IN (SELECT developer_id FROM dd)
),
per_user AS (
  SELECT developer_id, sum(generations) AS generations, sum(acceptances) AS acceptances, sum(lines_added) AS lines_added
  FROM dd GROUP BY developer_id
),
per_day AS (SELECT day, sum(generations) AS generations FROM dd GROUP BY day)
SELECT
  (SELECT json_agg(json_build_object('label', l.label, 'generations', u.generations, 'acceptances', u.acceptances,
     'lines_added', u.lines_added)) FROM per_user u JOIN labels l USING (developer_id)) AS users,
  (SELECT json_agg(json_build_object('day', s.day::date, 'generations', coalesce(p.generations, 0)) ORDER BY s.day)
     FROM generate_series(${params.add(filter.from)}::date, ${params.add(filter.to)}::date, interval '1 day') AS s(day)
     LEFT JOIN per_day p ON p.day = s.day::date) AS days,
  (SELECT json_agg(json_build_object('label', l.label, 'day', dd.day, 'generations', dd.generations))
     FROM dd JOIN labels l USING (developer_id) WHERE dd.generations > ${params.add(quotaGenerations)}) AS quota_days,
  (SELECT count(*) FROM dd WHERE generations > 0 AND acceptances = 0) AS zero_acceptance_days`;
  const [row] = (await dataSource.query(sql, params.values)) as InputRow[];
  return {
    users: (row?.users ?? []).map((user) => ({
      label: user.label,
      generations: toNumber(user.generations),
      acceptances: toNumber(user.acceptances),
      linesAdded: toNumber(user.lines_added),
    })),
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
