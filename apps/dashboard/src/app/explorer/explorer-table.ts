import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { formatCount, type MetricDefinition } from '@devpulse/domain';
import { formatMoney } from '../core/value/value-format';
import { ariaSort, EXPLORER_COLUMNS, type ExplorerColumn, type ExplorerSortState, nextSort } from './explorer-columns';
import { type ExplorerRow, type ExplorerTotals, primaryName, secondaryNames } from './explorer-rows';

let nextTableId = 0;

/**
 * The per-developer table: one sort button per column header (with the metric's definition as its description),
 * a link per developer, and a totals row over every matching developer, not only this page.
 */
@Component({
  selector: 'app-explorer-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  templateUrl: './explorer-table.html',
  styleUrl: './explorer-table.css',
})
export class ExplorerTable {
  readonly rows = input.required<readonly ExplorerRow[]>();
  readonly totals = input.required<ExplorerTotals | null>();
  readonly sort = input.required<ExplorerSortState>();
  readonly currency = input.required<string>();
  /** The API's `metricDefinitions`, shown on the headers. */
  readonly definitions = input<readonly MetricDefinition[]>([]);
  readonly caption = input.required<string>();

  readonly sortChange = output<ExplorerSortState>();

  protected readonly idPrefix = `explorer-table-${nextTableId++}`;
  protected readonly columns = EXPLORER_COLUMNS;
  protected readonly primaryName = primaryName;
  protected readonly secondaryNames = secondaryNames;

  private readonly definitionsById = computed(
    () => new Map(this.definitions().map((definition) => [definition.id, definition])),
  );

  protected definitionOf(column: ExplorerColumn): MetricDefinition | null {
    return column.metricId === null ? null : (this.definitionsById().get(column.metricId) ?? null);
  }

  protected ariaSort(column: ExplorerColumn): 'ascending' | 'descending' | 'none' {
    return ariaSort(this.sort(), column);
  }

  protected sortBy(column: ExplorerColumn): void {
    this.sortChange.emit(nextSort(this.sort(), column));
  }

  protected format(column: ExplorerColumn, figures: ExplorerRow | ExplorerTotals): string {
    if (column.key === null) return '';
    const value = figures[column.key];
    return column.format === 'money' ? formatMoney(value, this.currency()) : formatCount(value);
  }

  protected developerCount(count: number): string {
    return count === 1 ? '1 developer' : `${formatCount(count)} developers`;
  }

  protected tooltipId(column: ExplorerColumn): string {
    return `${this.idPrefix}-${column.field}-definition`;
  }
}
