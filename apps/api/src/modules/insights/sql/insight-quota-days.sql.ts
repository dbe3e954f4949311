import type { InsightQuotaDays, InsightThresholds } from '@devpulse/domain';
import { toDay, toNumber } from '../../metrics/sql/numeric';
import { developerLabelSql } from '../../metrics/sql/developer-label.sql';
import type { SqlParams } from '../../metrics/sql/sql-params';
import { leadersWithTiesSql } from './insight-people.sql';

/** What `insightQuotaDaysSql` returns. */
export interface InsightQuotaDaysJson {
  count: number | string;
  /** [label, day, generations] per developer-day. */
  busiest: [string, string, number | string][] | null;
}

/**
 * A scalar subquery giving the quota insight's input (`InsightQuotaDays`) as JSON, from `overQuota`: a relation
 * (CTE) of the developer-days over the quota (developer_id, day, generations). The domain's `summarizeQuotaDays`
 * in SQL: every developer-day counted, the busiest with the ties at the cut labelled.
 */
export function insightQuotaDaysSql(
  overQuota: string,
  organization: string,
  thresholds: InsightThresholds,
  params: SqlParams,
): string {
  const busiest =
    thresholds.quotaMax > 0
      ? leadersWithTiesSql(
          overQuota,
          'developer_id, day, generations',
          { eligible: 'true', value: 'generations::float8', size: thresholds.quotaMax },
          params,
        )
      : `SELECT developer_id, day, generations FROM ${overQuota} WHERE false`;
  // Each busiest day's label by primary key, as for the people insights.
  const label = `(SELECT ${developerLabelSql('d')} FROM developers d WHERE d.organization_id = ${organization} AND d.id = b.developer_id)`;
  return `(SELECT json_build_object(
    'count', (SELECT count(*) FROM ${overQuota}),
    'busiest', (SELECT json_agg(json_build_array(${label}, b.day, b.generations)) FROM (${busiest}) b)))`;
}

export function toInsightQuotaDays(json: InsightQuotaDaysJson | null | undefined): InsightQuotaDays {
  return {
    count: toNumber(json?.count),
    busiest: (json?.busiest ?? []).map(([label, day, generations]) => ({
      label,
      day: toDay(day),
      generations: toNumber(generations),
    })),
  };
}
