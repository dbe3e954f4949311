import { metricDefinition, type MetricId } from '@devpulse/domain';

/** The API's `ExplorerSortField` values: one per column. */
export type ExplorerSortField =
  | 'DEVELOPER'
  | 'DAYS_ACTIVE'
  | 'GENERATIONS'
  | 'LINES_ADDED'
  | 'LINES_DELETED'
  | 'NET_LINES'
  | 'VALUE_ADDED'
  | 'VALUE_DELETED'
  | 'TOTAL_VALUE';

export type SortDirection = 'ASC' | 'DESC';

export interface ExplorerSortState {
  field: ExplorerSortField;
  direction: SortDirection;
}

/** The API's default order. */
export const DEFAULT_EXPLORER_SORT: ExplorerSortState = { field: 'NET_LINES', direction: 'DESC' };

export type NumericColumnKey =
  | 'daysActive'
  | 'generations'
  | 'linesAdded'
  | 'linesDeleted'
  | 'netLines'
  | 'valueAdded'
  | 'valueDeleted'
  | 'totalValue';

export interface ExplorerColumn {
  field: ExplorerSortField;
  /** The row property shown; `null` for the developer column. */
  key: NumericColumnKey | null;
  label: string;
  /** The domain definition shown as the header's tooltip. */
  metricId: MetricId | null;
  format: 'text' | 'count' | 'money';
  /** Direction of the first click: names A→Z, numbers largest first. */
  firstDirection: SortDirection;
}

function metricColumn(
  field: ExplorerSortField,
  key: NumericColumnKey,
  metricId: MetricId,
  format: 'count' | 'money',
): ExplorerColumn {
  return { field, key, label: metricDefinition(metricId).label, metricId, format, firstDirection: 'DESC' };
}

export const EXPLORER_COLUMNS: readonly ExplorerColumn[] = [
  { field: 'DEVELOPER', key: null, label: 'Developer', metricId: null, format: 'text', firstDirection: 'ASC' },
  metricColumn('DAYS_ACTIVE', 'daysActive', 'daysActive', 'count'),
  metricColumn('GENERATIONS', 'generations', 'totalGenerations', 'count'),
  metricColumn('LINES_ADDED', 'linesAdded', 'linesAdded', 'count'),
  metricColumn('LINES_DELETED', 'linesDeleted', 'linesDeleted', 'count'),
  metricColumn('NET_LINES', 'netLines', 'netLines', 'count'),
  metricColumn('VALUE_ADDED', 'valueAdded', 'valueAdded', 'money'),
  metricColumn('VALUE_DELETED', 'valueDeleted', 'valueDeleted', 'money'),
  metricColumn('TOTAL_VALUE', 'totalValue', 'totalValue', 'money'),
];

/** Clicking the sorted column flips its direction; another column starts in its own first direction. */
export function nextSort(current: ExplorerSortState, column: ExplorerColumn): ExplorerSortState {
  if (current.field === column.field) {
    return { field: column.field, direction: current.direction === 'ASC' ? 'DESC' : 'ASC' };
  }
  return { field: column.field, direction: column.firstDirection };
}

export function ariaSort(current: ExplorerSortState, column: ExplorerColumn): 'ascending' | 'descending' | 'none' {
  if (current.field !== column.field) return 'none';
  return current.direction === 'ASC' ? 'ascending' : 'descending';
}
