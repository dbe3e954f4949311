import type { MigrationInterface, QueryRunner } from 'typeorm';
import { developerDayScopesSql, recomputeDaysRollupSql, ROLLUP_SUMS } from './1764090000000-activity-rollups';

/**
 * The spans per-developer rollups cover: single days (the developer-day summed over the scope's tools), ISO weeks
 * (from Monday) and calendar months (from the 1st).
 */
export const ROLLUP_GRAINS = ['day', 'week', 'month'] as const;
export type RollupGrain = (typeof ROLLUP_GRAINS)[number];

/** The first day of the grain's span holding `day`, in date arithmetic only (no time zone can shift it). */
export function grainStartSql(grain: RollupGrain, day: string): string {
  if (grain === 'day') return `(${day})`;
  return grain === 'week'
    ? `(${day} - (extract(isodow FROM ${day})::int - 1))`
    : `(${day} - (extract(day FROM ${day})::int - 1))`;
}

/** The last day of the span starting at `start`. */
export function grainEndSql(grain: RollupGrain, start: string): string {
  if (grain === 'day') return `(${start})`;
  return grain === 'week' ? `(${start} + 6)` : `((${start} + interval '1 month')::date - 1)`;
}

/** The per-developer rollup rows of the spans `touchedSpans` lists (organization, developer, grain, start, finish). */
function insertSpanRollupsSql(touchedSpans: string): string {
  return `INSERT INTO developer_period_rollups (organization_id, scope, grain, start, developer_id, generations,
      acceptances, interactions, lines_added, lines_deleted, developer_days, active_days, zero_acceptance_days,
      max_day_generations, row_days, row_generations)
    SELECT organization_id, scope, grain, start, developer_id, ${ROLLUP_SUMS}, max(generations),
      array_agg(day ORDER BY day), array_agg(generations ORDER BY day)
    FROM (${developerDayScopesSql(
      `SELECT t.grain, t.start, m.* FROM ${touchedSpans} t
      JOIN daily_developer_metrics m ON m.organization_id = t.organization_id AND m.developer_id = t.developer_id
        AND m.day BETWEEN t.start AND t.finish`,
      ['grain', 'start'],
    )}) dd
    GROUP BY organization_id, scope, grain, start, developer_id`;
}

/** The spans of `grains` holding the (organization, developer, day) keys `touched` lists. */
function touchedSpansSql(touched: string, grains: readonly RollupGrain[]): string {
  const spans = grains.map(
    (
      grain,
    ) => `SELECT DISTINCT organization_id, developer_id, '${grain}' AS grain, ${grainStartSql(grain, 'day')} AS start,
        ${grainEndSql(grain, grainStartSql(grain, 'day'))} AS finish FROM ${touched} touched`,
  );
  return `(${spans.join(' UNION ALL ')})`;
}

/**
 * Recomputes the activity rollups for the (organization, developer, day) keys `touched` lists (any relation with
 * those three columns, duplicates allowed): the organization's days rollup for every touched day, and the
 * developer's day, week and month rollups holding every touched day, from the stored rows. Recomputing instead of
 * applying deltas keeps the rollups exact for any write (max-merge updates, developer merges, cascading deletes)
 * at a cost proportional to the touched days, weeks and months. Replaces migration 1764090000000's version, which
 * stays as it was for that migration.
 */
export function recomputeActivityRollupsSql(touched: string): string[] {
  const touchedSpans = touchedSpansSql(touched, ROLLUP_GRAINS);
  return [
    ...recomputeDaysRollupSql(touched),
    // Separate DELETE and INSERT statements: in one statement (a data-modifying WITH) their order is unspecified.
    `DELETE FROM developer_period_rollups r USING ${touchedSpans} t
    WHERE r.organization_id = t.organization_id AND r.developer_id = t.developer_id AND r.grain = t.grain
      AND r.start = t.start`,
    insertSpanRollupsSql(touchedSpans),
  ];
}

/**
 * Per-developer rollups also per single day (the developer-day summed over the scope's tools), so the days at the
 * edges of a period are read like its weeks and months instead of being regrouped from the stored rows per
 * request: with 10,000 developers, regrouping six edge days cost ~30 ms of a 63 ms query. And an index that covers
 * the per-developer summaries and finds the spans with a day over the insights' quota.
 */
export class DeveloperDayRollups1764097200000 implements MigrationInterface {
  name = 'DeveloperDayRollups1764097200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE developer_period_rollups
        DROP CONSTRAINT developer_period_rollups_grain_check,
        DROP CONSTRAINT developer_period_rollups_check,
        DROP CONSTRAINT developer_period_rollups_check2,
        ADD CONSTRAINT developer_period_rollups_grain_check CHECK (grain IN ('day', 'week', 'month')),
        ADD CONSTRAINT developer_period_rollups_start_check CHECK (start = CASE grain
          WHEN 'week' THEN ${grainStartSql('week', 'start')}
          WHEN 'month' THEN ${grainStartSql('month', 'start')}
          ELSE start END)`);
    // The per-developer summaries read their sums from this index alone (a third of the pages the table's rows
    // take, measured: 895 against 2,115 buffers, 30 against 38 ms); and for days over the insights' quota the weeks
    // and months whose busiest day is over it are found in it, so only those rows (a few percent) are read for
    // their per-day generations.
    await q.query(`CREATE INDEX developer_period_rollups_busiest_day_idx
      ON developer_period_rollups (organization_id, scope, grain, start, developer_id, max_day_generations)
      INCLUDE (generations, acceptances, lines_added, active_days)`);
    // Data stored before this migration gets its day rows now.
    await q.query(insertSpanRollupsSql(touchedSpansSql('daily_developer_metrics', ['day'])));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX developer_period_rollups_busiest_day_idx`);
    await q.query(`DELETE FROM developer_period_rollups WHERE grain = 'day'`);
    await q.query(`
      ALTER TABLE developer_period_rollups
        DROP CONSTRAINT developer_period_rollups_grain_check,
        DROP CONSTRAINT developer_period_rollups_start_check,
        ADD CONSTRAINT developer_period_rollups_grain_check CHECK (grain IN ('week', 'month')),
        ADD CONSTRAINT developer_period_rollups_check CHECK (start = ${grainStartSql('week', 'start')} OR grain = 'month'),
        ADD CONSTRAINT developer_period_rollups_check2 CHECK (start = ${grainStartSql('month', 'start')} OR grain = 'week')`);
  }
}
