import { aggregateInMemory, type MetricSource, type StoredBreakdown, type StoredDailyRow } from '@devpulse/domain';
import type { DataSource } from 'typeorm';

interface DailyRecord {
  developer_id: string;
  label: string;
  source: MetricSource;
  tool: string;
  day: string;
  generations: number;
  acceptances: number;
  interactions: number;
  lines_added: number;
  lines_deleted: number;
}

interface CellRecord
  extends Omit<StoredBreakdown, 'linesAdded' | 'linesDeleted' | 'locSuggestedAdd' | 'locSuggestedDelete'> {
  developer_id: string;
  tool: string;
  day: string;
}

/**
 * The client-side dashboard's way, for comparison: fetch every row of the period (with breakdowns), then
 * aggregate in memory with the domain's reference implementation. Returns the time of each half.
 */
export async function inMemoryOverview(
  dataSource: DataSource,
  organizationId: string,
  period: { from: string; to: string },
): Promise<{ loadMs: number; aggregateMs: number; rows: number; cells: number }> {
  const started = performance.now();
  const daily = (await dataSource.query(
    `SELECT m.developer_id, coalesce(gl.raw_value, d.display_name) AS label, m.source, m.tool, m.day::text AS day,
       m.generations, m.acceptances, m.interactions, m.lines_added, m.lines_deleted
     FROM daily_developer_metrics m JOIN developers d ON d.organization_id = m.organization_id AND d.id = m.developer_id
     LEFT JOIN developer_identities gl ON gl.organization_id = d.organization_id AND gl.developer_id = d.id AND gl.kind = 'github_login'
     WHERE m.organization_id = $1 AND m.day BETWEEN $2 AND $3`,
    [organizationId, period.from, period.to],
  )) as DailyRecord[];
  const cells = (await dataSource.query(
    `SELECT developer_id, tool, day::text AS day, dimension, key, key2, generations, acceptances, interactions
     FROM daily_metric_breakdowns WHERE organization_id = $1 AND day BETWEEN $2 AND $3
       AND dimension IN ('ide', 'feature', 'language_feature', 'language_model')`,
    [organizationId, period.from, period.to],
  )) as CellRecord[];
  const cellsByRow = new Map<string, StoredBreakdown[]>();
  for (const cell of cells) {
    const key = `${cell.developer_id}|${cell.tool}|${cell.day}`;
    const list = cellsByRow.get(key) ?? [];
    list.push({ ...cell, linesAdded: 0, linesDeleted: 0, locSuggestedAdd: 0, locSuggestedDelete: 0 });
    cellsByRow.set(key, list);
  }
  const rows: StoredDailyRow[] = daily.map((row) => ({
    developerId: row.developer_id,
    label: row.label,
    source: row.source,
    tool: row.tool,
    day: row.day,
    counters: {
      generations: row.generations,
      acceptances: row.acceptances,
      interactions: row.interactions,
      linesAdded: row.lines_added,
      linesDeleted: row.lines_deleted,
    },
    breakdowns: cellsByRow.get(`${row.developer_id}|${row.tool}|${row.day}`) ?? [],
  }));
  const loaded = performance.now();
  aggregateInMemory(rows, period);
  return { loadMs: loaded - started, aggregateMs: performance.now() - loaded, rows: rows.length, cells: cells.length };
}
