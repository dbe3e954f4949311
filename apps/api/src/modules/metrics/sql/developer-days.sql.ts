import type { ResolvedFilter } from '../resolved-filter';
import { rowFilterSql } from './row-filter.sql';
import type { SqlParams } from './sql-params';

/**
 * The domain's `isActiveDay` in SQL, over a developer-day's summed counters: at least one interaction or one
 * generation. Counters are never negative, so "any tool active" and "the sum is active" agree.
 */
export const ACTIVE_DAY_SQL = '(interactions > 0 OR generations > 0)';

/**
 * `dd`: one row per (developer, day) with the counters summed over tools, so a developer using two tools on a
 * day is one developer-day, as the domain defines it.
 */
export function developerDaysCte(
  filter: ResolvedFilter,
  params: SqlParams,
  period: { from: string; to: string } = filter,
): string {
  return `dd AS (
  SELECT m.developer_id, m.day,
    sum(m.generations)::bigint AS generations,
    sum(m.acceptances)::bigint AS acceptances,
    sum(m.interactions)::bigint AS interactions,
    sum(m.lines_added)::bigint AS lines_added,
    sum(m.lines_deleted)::bigint AS lines_deleted
  FROM daily_developer_metrics m
  WHERE ${rowFilterSql(filter, params, 'm', period)}
  GROUP BY m.developer_id, m.day
)`;
}
