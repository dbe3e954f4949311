import { Field, InputType, registerEnumType } from 'type-graphql';

export enum ExplorerSortField {
  DEVELOPER = 'DEVELOPER',
  DAYS_ACTIVE = 'DAYS_ACTIVE',
  GENERATIONS = 'GENERATIONS',
  LINES_ADDED = 'LINES_ADDED',
  LINES_DELETED = 'LINES_DELETED',
  NET_LINES = 'NET_LINES',
  VALUE_ADDED = 'VALUE_ADDED',
  VALUE_DELETED = 'VALUE_DELETED',
  TOTAL_VALUE = 'TOTAL_VALUE',
}
registerEnumType(ExplorerSortField, { name: 'ExplorerSortField', description: 'An explorer column.' });

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType({ description: 'Default: net lines, descending. Ties are always broken by developer id, ascending.' })
export class ExplorerSort {
  @Field(() => ExplorerSortField, { defaultValue: ExplorerSortField.NET_LINES })
  field: ExplorerSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction: SortDirection;
}

export const DEFAULT_EXPLORER_SORT: ExplorerSort = {
  field: ExplorerSortField.NET_LINES,
  direction: SortDirection.DESC,
};

/**
 * The SQL expression each column sorts by. Values are lines × rate ÷ lines-per-hour with positive constants, so
 * value columns sort exactly like their line counts (and without floating-point ties).
 */
export const SORT_EXPRESSIONS: Readonly<Record<ExplorerSortField, string>> = {
  DEVELOPER: 'label COLLATE "C"',
  DAYS_ACTIVE: 'days_active',
  GENERATIONS: 'generations',
  LINES_ADDED: 'lines_added',
  LINES_DELETED: 'lines_deleted',
  NET_LINES: 'net_lines',
  VALUE_ADDED: 'lines_added',
  VALUE_DELETED: 'lines_deleted',
  TOTAL_VALUE: 'total_lines',
};
