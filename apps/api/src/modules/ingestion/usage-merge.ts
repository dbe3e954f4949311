import type { WithinFileCombine } from '@devpulse/domain';
import type { QueryRunner } from 'typeorm';
import { BREAKDOWN_COLUMNS, COUNTER_COLUMNS, FLAG_COLUMNS, NULLABLE_COUNTER_COLUMNS } from './usage-columns';

const VALUE_COLUMNS = [...COUNTER_COLUMNS, ...NULLABLE_COUNTER_COLUMNS].map((spec) => spec.column);
const FLAGS = FLAG_COLUMNS.map((spec) => spec.column);
const CELL_VALUES = BREAKDOWN_COLUMNS.map((spec) => spec.column);
const ANALYZE_AFTER_NEW_ROWS = 1_000;

/** What importing the staged file does to the stored table. */
export interface MergeCounts {
  /** Developer-tool-days that are not stored yet. */
  readonly newRows: number;
  /** Developer-tool-days already stored, whose counters the max rule may raise (or leave as they are). */
  readonly updatedRows: number;
}

/**
 * Collapses the staged rows to one per natural key (developer, tool, day), and breakdown cells to one per
 * (developer, tool, day, dimension, key, key2), with the parser's within-file mode: `max` for repeated records,
 * `sum` for split ones. SQL SUM/MAX skip nulls, so an unknown nullable counter stays null only when every part is
 * unknown, as in the domain's combineRows. Grouping by developer (not by the file's person key) also folds two
 * people of one file that resolved to the same developer.
 */
export async function combineStaged(runner: QueryRunner, mode: WithinFileCombine): Promise<void> {
  const aggregate = mode === 'sum' ? 'sum' : 'max';
  await runner.query(`
    CREATE TEMP TABLE ingest_combined ON COMMIT DROP AS
    SELECT p.developer_id, r.tool, r.day, min(r.source) AS source,
           ${VALUE_COLUMNS.map((column) => `${aggregate}(r.${column}) AS ${column}`).join(', ')},
           ${FLAGS.map((column) => `bool_or(r.${column}) AS ${column}`).join(', ')}
      FROM ingest_rows r JOIN ingest_people p USING (person_key)
     GROUP BY p.developer_id, r.tool, r.day`);
  // Raw keys are descriptive only; min() picks one deterministically for cells whose normalized keys collide.
  await runner.query(`
    CREATE TEMP TABLE ingest_combined_cells ON COMMIT DROP AS
    SELECT p.developer_id, c.tool, c.day, min(c.source) AS source, c.dimension, c.key, c.key2,
           min(c.raw_key) AS raw_key, min(c.raw_key2) AS raw_key2,
           ${CELL_VALUES.map((column) => `${aggregate}(c.${column}) AS ${column}`).join(', ')}
      FROM ingest_cells c JOIN ingest_people p USING (person_key)
     GROUP BY p.developer_id, c.tool, c.day, c.dimension, c.key, c.key2`);
}

export async function countAgainstStored(runner: QueryRunner, organizationId: string): Promise<MergeCounts> {
  const [row]: { new_rows: string; updated_rows: string }[] = await runner.query(
    `SELECT count(*) FILTER (WHERE d.developer_id IS NULL) AS new_rows,
            count(d.developer_id) AS updated_rows
       FROM ingest_combined c
       LEFT JOIN daily_developer_metrics d
         ON d.organization_id = $1 AND d.developer_id = c.developer_id AND d.tool = c.tool AND d.day = c.day`,
    [organizationId],
  );
  return { newRows: Number(row?.new_rows ?? 0), updatedRows: Number(row?.updated_rows ?? 0) };
}

/**
 * Upserts the combined rows, then their breakdown cells, one statement each, in primary-key order (index pages are
 * then touched once each instead of at random, which matters with a random uuid in the key): every counter becomes
 * GREATEST(stored, incoming) (GREATEST ignores nulls, so a known value is never replaced by unknown), flags OR.
 * The `WHERE ... IS DISTINCT FROM` skips rows the file does not raise, so re-importing a file changes nothing,
 * not even `updated_at` or `last_run_id`.
 */
export async function mergeCombined(
  runner: QueryRunner,
  organizationId: string,
  runId: string | null,
  counts: MergeCounts,
): Promise<void> {
  const target = 'daily_developer_metrics';
  const rowAssignments = [
    ...VALUE_COLUMNS.map((column) => `GREATEST(${target}.${column}, EXCLUDED.${column})`),
    ...FLAGS.map((column) => `(${target}.${column} OR EXCLUDED.${column})`),
  ];
  const rowColumns = [...VALUE_COLUMNS, ...FLAGS];
  await runner.query(
    `INSERT INTO ${target} (organization_id, developer_id, tool, day, source, ${rowColumns.join(', ')}, last_run_id)
     SELECT $1, developer_id, tool, day, source, ${rowColumns.join(', ')}, $2 FROM ingest_combined
      ORDER BY developer_id, tool, day
     ON CONFLICT (organization_id, developer_id, tool, day) DO UPDATE SET
       ${rowColumns.map((column, index) => `${column} = ${rowAssignments[index]}`).join(',\n       ')},
       last_run_id = EXCLUDED.last_run_id,
       updated_at = now()
     WHERE (${rowColumns.map((column) => `${target}.${column}`).join(', ')})
           IS DISTINCT FROM (${rowAssignments.join(', ')})`,
    [organizationId, runId],
  );

  // Each breakdown cell's foreign-key check looks up its parent row. With statistics that predate thousands of new
  // parents the planner picks the (organization, day) index and scans every developer of the day per cell
  // (measured: 175 µs instead of 25 µs per cell). ANALYZE samples a bounded number of rows, so it stays cheap.
  if (counts.newRows >= ANALYZE_AFTER_NEW_ROWS) await runner.query(`ANALYZE ${target}`);

  const cells = 'daily_metric_breakdowns';
  const cellAssignments = CELL_VALUES.map((column) => `GREATEST(${cells}.${column}, EXCLUDED.${column})`);
  await runner.query(
    `INSERT INTO ${cells} (organization_id, developer_id, tool, day, source, dimension, key, key2, raw_key, raw_key2, ${CELL_VALUES.join(', ')})
     SELECT $1, developer_id, tool, day, source, dimension, key, key2, raw_key, raw_key2, ${CELL_VALUES.join(', ')}
       FROM ingest_combined_cells
      ORDER BY developer_id, tool, day, dimension, key, key2
     ON CONFLICT (organization_id, developer_id, tool, day, dimension, key, key2) DO UPDATE SET
       ${CELL_VALUES.map((column, index) => `${column} = ${cellAssignments[index]}`).join(',\n       ')}
     WHERE (${CELL_VALUES.map((column) => `${cells}.${column}`).join(', ')})
           IS DISTINCT FROM (${cellAssignments.join(', ')})`,
    [organizationId],
  );
}
