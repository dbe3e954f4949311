import type { AggregateKpis, DayAggregate, EngagementCount } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import type { ResolvedFilter } from '../resolved-filter';
import { PER_DAY_FROM_DEVELOPER_DAYS_SQL, toDayAggregate, zeroFilledDaysSql, type DayRow } from './by-day.query';
import { developerDaysCte } from './developer-days.sql';
import { ACTIVE_DAY_HISTOGRAM_SQL, engagementFromCounts, type HistogramRow } from './engagement.query';
import { KPIS_FROM_DEVELOPER_DAYS_SQL, toKpis, type KpiRow } from './kpis.query';
import { toNumber } from './numeric';
import { SqlParams } from './sql-params';

/** The sections of a filter's period that the developer-day scan answers together. */
export interface ScanSummary {
  readonly kpis: AggregateKpis;
  readonly byDay: DayAggregate[];
  readonly engagement: EngagementCount[];
}

interface SummaryRow {
  kpis: KpiRow | null;
  by_day: DayRow[] | null;
  histogram: HistogramRow[] | null;
}

/**
 * KPIs, per-day series and engagement of a filter the rollups cannot answer (developers, teams, dimensions), in
 * one statement over one developer-day scan: the same SQL as each section's own query, one round trip instead of
 * three (a developer's page waited for five).
 */
export async function queryScanSummary(dataSource: DataSource, filter: ResolvedFilter): Promise<ScanSummary> {
  const params = new SqlParams();
  const sql = `WITH ${developerDaysCte(filter, params)},
${PER_DAY_FROM_DEVELOPER_DAYS_SQL}
SELECT
  (SELECT row_to_json(k) FROM (${KPIS_FROM_DEVELOPER_DAYS_SQL}) k) AS kpis,
  (SELECT json_agg(d ORDER BY d.day) FROM (${zeroFilledDaysSql(filter, params)}) d) AS by_day,
  (SELECT json_agg(h) FROM (${ACTIVE_DAY_HISTOGRAM_SQL}) h) AS histogram`;
  const [row] = (await dataSource.query(sql, params.values)) as SummaryRow[];
  return {
    kpis: toKpis(row?.kpis ?? undefined),
    byDay: (row?.by_day ?? []).map(toDayAggregate),
    engagement: engagementFromCounts(
      (row?.histogram ?? []).map((entry) => ({
        daysActive: toNumber(entry.days_active),
        developers: toNumber(entry.developers),
      })),
    ),
  };
}
