import type { RollupGrain } from '../../../database/migrations/1764097200000-developer-day-rollups';
import type { SqlParams } from '../sql/sql-params';
import { splitPeriod, type DayRange, type PeriodSplit } from './period-split';

/** No span at all (never for a non-empty period, but the SQL stays valid): an empty relation of the same shape. */
const EMPTY_SPANS = `SELECT NULL::uuid AS developer_id, 0 AS active_days, 0 AS generations, 0 AS acceptances,
      0 AS lines_added WHERE false`;

/** What `per_developer` can sum; each query asks only for what it reads (fewer aggregates, a cheaper scan). */
export type PerDeveloperSum = 'generations' | 'acceptances' | 'lines_added' | 'active_days';

/**
 * SQL over the activity rollups (migrations 1764090000000 and 1764097200000) for one organization, scope and
 * period. Per-developer figures read the month, week and day rollups for the whole months and weeks of the period
 * and the days left at its edges (`splitPeriod`), so they equal the developer-day scan they replace (a property
 * test checks it).
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

  /** The whole months and weeks of the period and its edge days, as (grain, range of span starts). */
  private get spans(): { grain: RollupGrain; starts: DayRange }[] {
    const months = this.split.months ? [{ grain: 'month' as const, starts: this.split.months }] : [];
    return [
      ...months,
      ...this.split.weeks.map((starts) => ({ grain: 'week' as const, starts })),
      ...this.split.edges.map((starts) => ({ grain: 'day' as const, starts })),
    ];
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
   * `per_developer`: one row per developer with a stored row in the period and the asked-for sums, from the month,
   * week and day rollups. PostgreSQL's sum(bigint) accumulates in numeric, which made this aggregate twice as slow
   * (measured: 50 ms against 22 ms over 98,688 weekly rollup rows); a float8 sum of integers is exact below 2^53,
   * far above any developer's.
   */
  perDeveloperCte(sums: readonly PerDeveloperSum[]): string {
    const parts = this.spans.map(
      (span) => `SELECT developer_id${sums.map((sum) => `, ${sum}`).join('')}
      FROM developer_period_rollups w WHERE ${this.spanWhere('w', span)}`,
    );
    const totals = sums.map((sum) => `, sum(${sum}::float8)::bigint AS ${sum}`).join('');
    return `per_developer AS (
  SELECT developer_id${totals}
  FROM (${parts.length > 0 ? parts.join('\n    UNION ALL\n    ') : EMPTY_SPANS}) parts
  GROUP BY developer_id
)`;
  }

  /**
   * Developer-days of the period over `threshold` generations: the edge days over it, and the developer-days of
   * the whole months and weeks whose busiest day is over it.
   */
  daysOverSql(threshold: string): string {
    const parts = this.spans.map((span) =>
      span.grain === 'day'
        ? `SELECT w.developer_id, w.start AS day, w.generations FROM developer_period_rollups w
  WHERE ${this.spanWhere('w', span)} AND w.generations > ${threshold}`
        : `SELECT w.developer_id, d.day, d.generations
  FROM developer_period_rollups w, unnest(w.row_days, w.row_generations) AS d(day, generations)
  WHERE ${this.spanWhere('w', span)} AND w.max_day_generations > ${threshold} AND d.generations > ${threshold}`,
    );
    return parts.length > 0
      ? parts.join('\n  UNION ALL\n  ')
      : 'SELECT NULL::uuid AS developer_id, NULL::date AS day, 0::bigint AS generations WHERE false';
  }

  private spanWhere(alias: string, span: { grain: RollupGrain; starts: DayRange }): string {
    const [from, to] = this.range(span.starts);
    return `${alias}.organization_id = ${this.organization} AND ${alias}.scope = ${this.scope} AND ${alias}.grain = '${span.grain}' AND ${alias}.start BETWEEN ${from} AND ${to}`;
  }
}
