import { ACTIVITY_SCOPE_ALL, type RollupGrain } from '../../../database/migrations/1764090000000-activity-rollups';
import { ACTIVE_DAY_SQL } from '../sql/developer-days.sql';
import type { SqlParams } from '../sql/sql-params';
import { splitPeriod, type DayRange, type PeriodSplit } from './period-split';

const COUNTERS = 'generations, acceptances, interactions, lines_added, lines_deleted';

/** What `per_developer` can sum; each query asks only for what it reads (fewer aggregates, a cheaper scan). */
export type PerDeveloperSum = 'generations' | 'acceptances' | 'lines_added' | 'active_days';

/** Each sum as an edge developer-day contributes it (a rollup row has the column itself). */
const EDGE_DAY_VALUE: Record<PerDeveloperSum, string> = {
  generations: 'generations',
  acceptances: 'acceptances',
  lines_added: 'lines_added',
  active_days: `(${ACTIVE_DAY_SQL})::int`,
};

/**
 * SQL over the activity rollups (migration 1764090000000) for one organization, scope and period. Per-developer
 * figures read the month and week rollups for the whole months and weeks of the period and the stored rows for
 * the days left at its edges (`splitPeriod`), so they equal the developer-day scan they replace (a property test
 * checks it).
 */
export class RollupPeriod {
  private readonly split: PeriodSplit;
  private readonly placeholders = new Map<string, string>();

  constructor(
    private readonly params: SqlParams,
    private readonly organizationId: string,
    private readonly scopeName: string,
    private readonly period: DayRange,
  ) {
    this.split = splitPeriod(period);
  }

  /**
   * A value's placeholder, added to the parameters when first used: PostgreSQL rejects a statement with a
   * parameter it never references (its type cannot be inferred), and not every query uses every bound.
   */
  private bind(value: string, cast: 'uuid' | 'date' | 'text'): string {
    const key = `${cast}:${value}`;
    let placeholder = this.placeholders.get(key);
    if (!placeholder) {
      placeholder = `${this.params.add(value)}::${cast}`;
      this.placeholders.set(key, placeholder);
    }
    return placeholder;
  }

  private get organization(): string {
    return this.bind(this.organizationId, 'uuid');
  }

  private get scope(): string {
    return this.bind(this.scopeName, 'text');
  }

  private get scopeIsAll(): boolean {
    return this.scopeName === ACTIVITY_SCOPE_ALL;
  }

  /** The whole months and weeks of the period, as (grain, range of span starts). */
  private get spans(): { grain: RollupGrain; starts: DayRange }[] {
    const months = this.split.months ? [{ grain: 'month' as const, starts: this.split.months }] : [];
    return [...months, ...this.split.weeks.map((starts) => ({ grain: 'week' as const, starts }))];
  }

  private range(range: DayRange): [string, string] {
    return [this.bind(range.from, 'date'), this.bind(range.to, 'date')];
  }

  /** The organization's days-rollup rows of the period, as `alias`. */
  daysWhere(alias: string): string {
    const [from, to] = this.range(this.period);
    return `${alias}.organization_id = ${this.organization} AND ${alias}.scope = ${this.scope} AND ${alias}.day BETWEEN ${from} AND ${to}`;
  }

  /**
   * `per_developer`: one row per developer with a stored row in the period and the asked-for sums, from the month
   * and week rollups plus the edge days' developer-days (counters summed over the scope's tools). PostgreSQL's
   * sum(bigint) accumulates in numeric, which made this aggregate twice as slow (measured: 50 ms against 22 ms
   * over 98,688 weekly rollup rows); a float8 sum of integers is exact below 2^53, far above any developer's.
   */
  perDeveloperCtes(sums: readonly PerDeveloperSum[]): string {
    const edgeValues = sums.map((sum) => `${EDGE_DAY_VALUE[sum]} AS ${sum}`).join(', ');
    const parts = [`SELECT developer_id${edgeValues ? `, ${edgeValues}` : ''} FROM edge_dd`];
    for (const span of this.spans) {
      parts.push(`SELECT developer_id${sums.map((sum) => `, ${sum}`).join('')}
      FROM developer_period_rollups w WHERE ${this.spanWhere('w', span)}`);
    }
    const totals = sums.map((sum) => `, sum(${sum}::float8)::bigint AS ${sum}`).join('');
    return `${this.edgeDaysCte()},
per_developer AS (
  SELECT developer_id${totals}
  FROM (${parts.join('\n    UNION ALL\n    ')}) parts
  GROUP BY developer_id
)`;
  }

  /** `edge_dd`: developer-days of the edge days, counters summed over the scope's tools. */
  edgeDaysCte(): string {
    return `edge_dd AS (${this.edgeDeveloperDaysSql()})`;
  }

  /**
   * Developer-days of the period over `threshold` generations (needs `edgeDaysCte`): from the edge days, and
   * from the developer-days of the whole months and weeks whose busiest day is over it.
   */
  daysOverSql(threshold: string): string {
    const fromEdges = `SELECT developer_id, day, generations FROM edge_dd WHERE generations > ${threshold}`;
    const fromSpans = this.spans.map(
      (span) => `SELECT w.developer_id, d.day, d.generations
  FROM developer_period_rollups w, unnest(w.row_days, w.row_generations) AS d(day, generations)
  WHERE ${this.spanWhere('w', span)} AND w.max_day_generations > ${threshold} AND d.generations > ${threshold}`,
    );
    return [fromEdges, ...fromSpans].join('\n  UNION ALL\n  ');
  }

  private spanWhere(alias: string, span: { grain: RollupGrain; starts: DayRange }): string {
    const [from, to] = this.range(span.starts);
    return `${alias}.organization_id = ${this.organization} AND ${alias}.scope = ${this.scope} AND ${alias}.grain = '${span.grain}' AND ${alias}.start BETWEEN ${from} AND ${to}`;
  }

  private edgeDeveloperDaysSql(): string {
    const ranges = this.split.edges.map(this.range, this).map(
      ([from, to]) => `SELECT m.developer_id, m.day, ${COUNTERS} FROM daily_developer_metrics m
      WHERE m.organization_id = ${this.organization} AND m.day BETWEEN ${from} AND ${to}${this.sourceCondition('m')}`,
    );
    // A period of whole weeks has no edge days: an empty relation of the same shape.
    const rows =
      ranges.length > 0
        ? ranges.join('\n      UNION ALL\n      ')
        : `SELECT NULL::uuid AS developer_id, NULL::date AS day, 0 AS generations, 0 AS acceptances,
      0 AS interactions, 0 AS lines_added, 0 AS lines_deleted WHERE false`;
    return `SELECT developer_id, day, sum(generations)::bigint AS generations, sum(acceptances)::bigint AS acceptances,
      sum(interactions)::bigint AS interactions, sum(lines_added)::bigint AS lines_added,
      sum(lines_deleted)::bigint AS lines_deleted
    FROM (${rows}) edge_rows GROUP BY developer_id, day`;
  }

  private sourceCondition(alias: string): string {
    return this.scopeIsAll ? '' : ` AND ${alias}.source = ${this.scope}`;
  }
}
