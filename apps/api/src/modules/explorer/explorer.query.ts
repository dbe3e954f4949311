import type { DataSource } from 'typeorm';
import type { ResolvedFilter } from '../metrics/resolved-filter';
import { developerDaysCte } from '../metrics/sql/developer-days.sql';
import { developerLabelSql } from '../metrics/sql/developer-label.sql';
import { toNumber } from '../metrics/sql/numeric';
import { perUserCte } from '../metrics/sql/by-user.query';
import { SqlParams } from '../metrics/sql/sql-params';
import type { ExplorerCursor } from './explorer-cursor';
import { SORT_EXPRESSIONS, SortDirection, type ExplorerSort } from './explorer-sort';

/** One developer's lines and activity over the filter; values are derived from these by the domain. */
export interface ExplorerLineRow {
  developerId: string;
  displayName: string;
  isService: boolean;
  label: string;
  daysActive: number;
  generations: number;
  linesAdded: number;
  linesDeleted: number;
  /** The sort column as SQL printed it, for the next cursor. */
  sortValue: string;
}

export interface ExplorerLineTotals {
  developers: number;
  daysActive: number;
  generations: number;
  linesAdded: number;
  linesDeleted: number;
}

export interface ExplorerLinePage {
  rows: ExplorerLineRow[];
  totals: ExplorerLineTotals;
  hasNextPage: boolean;
}

interface PageRow {
  total_count: string;
  total_days_active: string | null;
  total_generations: string | null;
  total_lines_added: string | null;
  total_lines_deleted: string | null;
  developer_id: string | null;
  display_name: string;
  is_service: boolean;
  label: string;
  days_active: string;
  generations: string;
  lines_added: string;
  lines_deleted: string;
  sort_value: string;
}

export interface ExplorerPageRequest {
  filter: ResolvedFilter;
  sort: ExplorerSort;
  first: number;
  after: ExplorerCursor | null;
  search: string | null;
}

/**
 * One statement: per-developer sums (the same `per_user` as byUser), totals over every matching developer, and
 * one page after the cursor, ordered by the sort column then developer id (keyset pagination: a stable order
 * without OFFSET, so no row is skipped or repeated between pages).
 */
export async function queryExplorerPage(
  dataSource: DataSource,
  request: ExplorerPageRequest,
): Promise<ExplorerLinePage> {
  const { filter, sort, first, after, search } = request;
  const params = new SqlParams();
  const sortExpression = SORT_EXPRESSIONS[sort.field];
  const ascending = sort.direction === SortDirection.ASC;
  const pattern = search === null ? null : params.add(likePattern(search));
  const searchClause = pattern === null ? 'true' : `(label ILIKE ${pattern} OR display_name ILIKE ${pattern})`;
  let keyset = 'true';
  if (after) {
    const cast = sort.field === 'DEVELOPER' ? 'text' : 'numeric';
    const value = `${params.add(after.value)}::${cast}`;
    const id = `${params.add(after.developerId)}::uuid`;
    keyset = `(${sortExpression} ${ascending ? '>' : '<'} ${value} OR (${sortExpression} = ${value} AND developer_id > ${id}))`;
  }
  const sql = `WITH ${developerDaysCte(filter, params)}, ${perUserCte()},
explored AS (
  SELECT p.developer_id, p.days_active, p.generations, p.lines_added, p.lines_deleted,
    p.lines_added - p.lines_deleted AS net_lines, p.lines_added + p.lines_deleted AS total_lines,
    d.display_name, d.is_service, ${developerLabelSql('d')} AS label
  FROM per_user p JOIN developers d ON d.organization_id = ${params.add(filter.organizationId)}::uuid AND d.id = p.developer_id
),
matching AS (SELECT * FROM explored WHERE ${searchClause}),
totals AS (
  SELECT count(*) AS total_count, sum(days_active) AS total_days_active, sum(generations) AS total_generations,
    sum(lines_added) AS total_lines_added, sum(lines_deleted) AS total_lines_deleted
  FROM matching
)
SELECT t.*, page.* FROM totals t LEFT JOIN LATERAL (
  SELECT *, (${sortExpression})::text AS sort_value FROM matching
  WHERE ${keyset}
  ORDER BY ${sortExpression} ${ascending ? 'ASC' : 'DESC'}, developer_id ASC
  LIMIT ${params.add(first + 1)}
) page ON true`;
  const result = (await dataSource.query(sql, params.values)) as PageRow[];
  const head = result[0];
  const rows = result.filter((row) => row.developer_id !== null).map(toLineRow);
  return {
    rows: rows.slice(0, first),
    hasNextPage: rows.length > first,
    totals: {
      developers: toNumber(head?.total_count),
      daysActive: toNumber(head?.total_days_active),
      generations: toNumber(head?.total_generations),
      linesAdded: toNumber(head?.total_lines_added),
      linesDeleted: toNumber(head?.total_lines_deleted),
    },
  };
}

function toLineRow(row: PageRow): ExplorerLineRow {
  return {
    developerId: row.developer_id ?? '',
    displayName: row.display_name,
    isService: row.is_service,
    label: row.label,
    daysActive: toNumber(row.days_active),
    generations: toNumber(row.generations),
    linesAdded: toNumber(row.lines_added),
    linesDeleted: toNumber(row.lines_deleted),
    sortValue: row.sort_value,
  };
}

/** `search` matches anywhere in the label or name, case-insensitively; `%` and `_` are literal. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}
