import type { DataSource } from 'typeorm';
import { isOrganizationWide, type ResolvedFilter } from '../resolved-filter';
import { DIMENSION_CHART_NAMES, DIMENSION_CHARTS, type DimensionChart } from './dimension-charts';
import { toNumber } from './numeric';
import { rowFilterSql } from './row-filter.sql';
import { SqlParams } from './sql-params';

export interface DimensionAggregateDto {
  key: string;
  label: string;
  generations: number;
  acceptances: number;
  acceptanceRate: number | null;
  share: number | null;
  interactions: number;
}

interface CellRow {
  dimension: string;
  key: string;
  generations: string;
  acceptances: string;
  interactions: string;
}

/**
 * The four dimension charts: from the rollups when the filter is organization-wide and no write waits for them,
 * else from the breakdowns.
 */
export async function queryDimensions(
  dataSource: DataSource,
  filter: ResolvedFilter,
): Promise<Record<DimensionChart, DimensionAggregateDto[]>> {
  const rows =
    isOrganizationWide(filter) && !filter.rollupsPending
      ? await rollupCells(dataSource, filter)
      : await breakdownCells(dataSource, filter);
  return Object.fromEntries(DIMENSION_CHART_NAMES.map((chart) => [chart, toChart(chart, rows)])) as Record<
    DimensionChart,
    DimensionAggregateDto[]
  >;
}

/** Organization-wide (period and sources only): the queue-maintained rollups, ~10⁴ rows instead of ~10⁷ cells. */
async function rollupCells(dataSource: DataSource, filter: ResolvedFilter): Promise<CellRow[]> {
  const params = new SqlParams();
  const sql = `SELECT b.dimension, b.key, sum(b.generations) AS generations, sum(b.acceptances) AS acceptances,
  sum(b.interactions) AS interactions
FROM daily_dimension_rollups b
WHERE ${organizationWideScope(filter, params)}
GROUP BY 1, 2`;
  return (await dataSource.query(sql, params.values)) as CellRow[];
}

/**
 * Narrower filters: the breakdown cells of the selected developer-tool-days, all four charts in one scan; the
 * chart of a filtered dimension keeps only the chosen keys.
 */
async function breakdownCells(dataSource: DataSource, filter: ResolvedFilter): Promise<CellRow[]> {
  const params = new SqlParams();
  const cellFilters = DIMENSION_CHART_NAMES.map((chart) => {
    const source = DIMENSION_CHARTS[chart];
    const selected = source.selected(filter);
    const restriction =
      selected.length > 0 ? ` AND lower(b.${source.column}) = ANY(${params.add(selected)}::text[])` : '';
    return `(b.dimension = '${source.dimension}'${restriction})`;
  });
  const groupKey = `CASE ${DIMENSION_CHART_NAMES.map((chart) => {
    const source = DIMENSION_CHARTS[chart];
    return `WHEN b.dimension = '${source.dimension}' THEN b.${source.column}`;
  }).join(' ')} END`;
  const sql = `SELECT b.dimension, ${groupKey} AS key,
  sum(b.generations) AS generations, sum(b.acceptances) AS acceptances, sum(b.interactions) AS interactions
FROM daily_metric_breakdowns b
JOIN daily_developer_metrics m ON m.organization_id = b.organization_id AND m.developer_id = b.developer_id
  AND m.tool = b.tool AND m.day = b.day
WHERE ${rowFilterSql(filter, params, 'm')}
  AND (${cellFilters.join(' OR ')})
GROUP BY 1, 2`;
  return (await dataSource.query(sql, params.values)) as CellRow[];
}

function organizationWideScope(filter: ResolvedFilter, params: SqlParams): string {
  const clauses = [
    `b.organization_id = ${params.add(filter.organizationId)}::uuid`,
    `b.day BETWEEN ${params.add(filter.from)}::date AND ${params.add(filter.to)}::date`,
  ];
  if (filter.sources.length > 0) clauses.push(`b.source = ANY(${params.add(filter.sources)}::text[])`);
  return clauses.join(' AND ');
}

/** Largest generations first, then key in code-unit order, as the domain's reference. */
function toChart(chart: DimensionChart, rows: readonly CellRow[]): DimensionAggregateDto[] {
  const source = DIMENSION_CHARTS[chart];
  const cells = rows
    .filter((row) => row.dimension === source.dimension)
    .map((row) => ({
      key: row.key,
      generations: toNumber(row.generations),
      acceptances: toNumber(row.acceptances),
      interactions: toNumber(row.interactions),
    }));
  const attributed = cells.reduce((sum, cell) => sum + cell.generations, 0);
  return cells
    .map((cell) => ({
      key: cell.key,
      label: source.label(cell.key),
      generations: cell.generations,
      acceptances: cell.acceptances,
      acceptanceRate: source.rate(cell.acceptances, cell.generations),
      share: attributed > 0 ? cell.generations / attributed : null,
      interactions: cell.interactions,
    }))
    .sort((a, b) => b.generations - a.generations || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
