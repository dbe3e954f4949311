import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scopes the activity rollups keep: every source together (`ALL`), and each source alone, so the overview's
 * "no filter" and "one source" cases both read rollups. A developer-day is active when its counters summed over
 * the scope's tools are (domain: `isActiveDay`).
 */
export const ACTIVITY_SCOPE_ALL = 'ALL';

/** The spans per-developer rollups cover: ISO weeks (from Monday) and calendar months (from the 1st). */
export const ROLLUP_GRAINS = ['week', 'month'] as const;
export type RollupGrain = (typeof ROLLUP_GRAINS)[number];

/** The first day of the grain's span holding `day`, in date arithmetic only (no time zone can shift it). */
export function grainStartSql(grain: RollupGrain, day: string): string {
  return grain === 'week'
    ? `(${day} - (extract(isodow FROM ${day})::int - 1))`
    : `(${day} - (extract(day FROM ${day})::int - 1))`;
}

/** The last day of the span starting at `start`. */
export function grainEndSql(grain: RollupGrain, start: string): string {
  return grain === 'week' ? `(${start} + 6)` : `((${start} + interval '1 month')::date - 1)`;
}

/**
 * Developer-day sums per scope for the stored rows `rowsFrom` selects (columns of `daily_developer_metrics`, plus
 * `keys`): one row per (keys, organization, developer, day, scope), the `ALL` scope summed over every source.
 */
export function developerDayScopesSql(rowsFrom: string, keys: readonly string[] = []): string {
  const group = [...keys, 'organization_id', 'developer_id', 'day'].join(', ');
  return `SELECT ${group}, coalesce(source, '${ACTIVITY_SCOPE_ALL}') AS scope,
      sum(generations) AS generations, sum(acceptances) AS acceptances, sum(interactions) AS interactions,
      sum(lines_added) AS lines_added, sum(lines_deleted) AS lines_deleted
    FROM (${rowsFrom}) m
    GROUP BY GROUPING SETS ((${group}, source), (${group}))`;
}

export const ROLLUP_SUMS = `sum(generations), sum(acceptances), sum(interactions), sum(lines_added), sum(lines_deleted),
      count(*), count(*) FILTER (WHERE interactions > 0 OR generations > 0),
      count(*) FILTER (WHERE generations > 0 AND acceptances = 0)`;

/** Recomputes the organization's days rollup for every day the (organization, developer, day) keys `touched` list. */
export function recomputeDaysRollupSql(touched: string): string[] {
  // Separate DELETE and INSERT statements: in one statement (a data-modifying WITH) their order is unspecified.
  const touchedDays = `(SELECT DISTINCT organization_id, day FROM ${touched} touched)`;
  return [
    `DELETE FROM daily_activity_rollups r USING ${touchedDays} t
    WHERE r.organization_id = t.organization_id AND r.day = t.day`,
    `INSERT INTO daily_activity_rollups (organization_id, scope, day, generations, acceptances, interactions,
      lines_added, lines_deleted, developer_days, active_developers, zero_acceptance_days)
    SELECT organization_id, scope, day, ${ROLLUP_SUMS}
    FROM (${developerDayScopesSql(`SELECT m.* FROM daily_developer_metrics m
      JOIN ${touchedDays} t ON m.organization_id = t.organization_id AND m.day = t.day`)}) dd
    GROUP BY organization_id, scope, day`,
  ];
}

/**
 * Recomputes both rollups for the (organization, developer, day) keys `touched` lists (any relation with those
 * three columns, duplicates allowed): the organization's days rollup for every touched day, and the developer's
 * week and month rollups holding every touched day, from the stored rows. Recomputing instead of applying deltas
 * keeps the rollups exact for any write (max-merge updates, developer merges, cascading deletes) at a cost
 * proportional to the touched days, weeks and months.
 */
export function recomputeActivityRollupsSql(touched: string): string[] {
  const spans = ROLLUP_GRAINS.map(
    (
      grain,
    ) => `SELECT DISTINCT organization_id, developer_id, '${grain}' AS grain, ${grainStartSql(grain, 'day')} AS start,
        ${grainEndSql(grain, grainStartSql(grain, 'day'))} AS finish FROM ${touched} touched`,
  );
  const touchedSpans = `(${spans.join(' UNION ALL ')})`;
  return [
    ...recomputeDaysRollupSql(touched),
    `DELETE FROM developer_period_rollups r USING ${touchedSpans} t
    WHERE r.organization_id = t.organization_id AND r.developer_id = t.developer_id AND r.grain = t.grain
      AND r.start = t.start`,
    `INSERT INTO developer_period_rollups (organization_id, scope, grain, start, developer_id, generations,
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
    GROUP BY organization_id, scope, grain, start, developer_id`,
  ];
}

/** Writes to these queue their (organization, developer, day) keys: activity rollups read the first, dimension ones the second. */
const QUEUED_TABLES = ['daily_developer_metrics', 'daily_metric_breakdowns'] as const;

const TOUCHED_BY_EVENT = {
  insert: ['INSERT', 'NEW TABLE AS new_rows', 'new_rows'],
  update: [
    'UPDATE',
    'OLD TABLE AS old_rows NEW TABLE AS new_rows',
    '(SELECT organization_id, developer_id, day FROM old_rows UNION ALL SELECT organization_id, developer_id, day FROM new_rows)',
  ],
  delete: ['DELETE', 'OLD TABLE AS old_rows', 'old_rows'],
} as const;

/**
 * Rollups for the organization-wide overview, so its cold cost no longer grows with the number of stored rows in
 * the period (measured before: five ~270 k-row developer-day scans, 1.6 s p95 for 90 days of 10,000 developers):
 *
 * - `daily_activity_rollups` (organization, scope, day): counter sums, developer-days, active developers and
 *   zero-acceptance developer-days — KPIs and `byDay` read one row per day;
 * - `developer_period_rollups` (organization, scope, grain, start, developer): the same per developer and ISO week
 *   and per developer and calendar month, plus the generations of each of its developer-days (where days over the
 *   insights' quota are found) — per-developer figures over a period read one row per developer and whole month,
 *   then per whole week of the rest, and the stored rows only for the few days left at the edges (`splitPeriod`).
 *
 * Maintained asynchronously, together with the dimension rollups: statement-level triggers on both usage tables
 * only queue the touched (organization, developer, day) keys in `rollup_queue` (recomputing inside the writer's
 * statement cost an import 0.5–0.9 s, 11–15% of its time, and the dimension deltas another ~0.15 s); the API
 * recomputes the queued days and spans after the write commits (`processRollupQueue`), and while an
 * organization has queued keys its aggregates are computed from the stored rows, so no answer is ever stale. Bulk
 * loads that disable triggers (the seed) call `refreshRollups`.
 * No foreign keys: rows go with their organization's usage rows through the triggers and the queue.
 */
export class ActivityRollups1764090000000 implements MigrationInterface {
  name = 'ActivityRollups1764090000000';

  async up(q: QueryRunner): Promise<void> {
    const counters = `generations bigint NOT NULL, acceptances bigint NOT NULL, interactions bigint NOT NULL,
        lines_added bigint NOT NULL, lines_deleted bigint NOT NULL`;
    await q.query(`
      CREATE TABLE daily_activity_rollups (
        organization_id uuid NOT NULL,
        scope text NOT NULL,
        day date NOT NULL,
        ${counters},
        developer_days integer NOT NULL,
        active_developers integer NOT NULL,
        zero_acceptance_days integer NOT NULL,
        PRIMARY KEY (organization_id, scope, day)
      )`);
    await q.query(`
      CREATE TABLE developer_period_rollups (
        organization_id uuid NOT NULL,
        scope text NOT NULL,
        grain text NOT NULL CHECK (grain IN ('week', 'month')),
        start date NOT NULL CHECK (start = ${grainStartSql('week', 'start')} OR grain = 'month'),
        developer_id uuid NOT NULL,
        ${counters},
        developer_days smallint NOT NULL,
        active_days smallint NOT NULL,
        zero_acceptance_days smallint NOT NULL,
        max_day_generations bigint NOT NULL,
        row_days date[] NOT NULL,
        row_generations bigint[] NOT NULL CHECK (cardinality(row_generations) = cardinality(row_days)),
        PRIMARY KEY (organization_id, scope, grain, start, developer_id),
        CHECK (start = ${grainStartSql('month', 'start')} OR grain = 'week')
      )`);
    // The trigger's delete finds a touched developer-week or -month without knowing its scopes.
    await q.query(
      `CREATE INDEX developer_period_rollups_developer_idx ON developer_period_rollups (organization_id, developer_id, start)`,
    );
    await q.query(`
      CREATE TABLE rollup_queue (
        organization_id uuid NOT NULL,
        developer_id uuid NOT NULL,
        day date NOT NULL
      )`);
    await q.query(`CREATE INDEX rollup_queue_organization_idx ON rollup_queue (organization_id)`);
    for (const [suffix, [event, referencing, touched]] of Object.entries(TOUCHED_BY_EVENT)) {
      await q.query(`
        CREATE FUNCTION queue_rollups_after_${suffix}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO rollup_queue (organization_id, developer_id, day)
          SELECT DISTINCT organization_id, developer_id, day FROM ${touched} touched;
          RETURN NULL;
        END $$`);
      for (const table of QUEUED_TABLES) {
        await q.query(`
          CREATE TRIGGER ${table}_queue_${suffix} AFTER ${event} ON ${table}
          REFERENCING ${referencing}
          FOR EACH STATEMENT EXECUTE FUNCTION queue_rollups_after_${suffix}()`);
      }
      // The dimension rollups (migration 1764079200000) move from in-statement deltas to the same queue; their
      // delta function stays for down().
      await q.query(`DROP TRIGGER daily_metric_breakdowns_rollup_${suffix} ON daily_metric_breakdowns`);
    }
    // Data stored before this migration gets its rollups now.
    for (const statement of recomputeActivityRollupsSql('daily_developer_metrics')) await q.query(statement);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [suffix, [event, referencing]] of Object.entries(TOUCHED_BY_EVENT)) {
      for (const table of QUEUED_TABLES) await q.query(`DROP TRIGGER ${table}_queue_${suffix} ON ${table}`);
      await q.query(`DROP FUNCTION queue_rollups_after_${suffix}()`);
      await q.query(`
        CREATE TRIGGER daily_metric_breakdowns_rollup_${suffix} AFTER ${event} ON daily_metric_breakdowns
        REFERENCING ${referencing}
        FOR EACH STATEMENT EXECUTE FUNCTION apply_dimension_rollup_delta()`);
    }
    await q.query(`DROP TABLE rollup_queue`);
    await q.query(`DROP TABLE developer_period_rollups`);
    await q.query(`DROP TABLE daily_activity_rollups`);
  }
}
