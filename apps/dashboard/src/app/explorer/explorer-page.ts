import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { formatCount, type MetricDefinition } from '@devpulse/domain';
import { Apollo, type QueryRef } from 'apollo-angular';
import { debounceTime, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { FilterBar } from '../core/filters/filter-bar';
import { injectMetricsFilter } from '../core/filters/filter-url';
import { toMetricsFilterInput } from '../core/filters/metrics-filter';
import {
  ExplorerDocument,
  ExplorerMetricDefinitionsDocument,
  type ExplorerQuery,
  type ExplorerQueryVariables,
} from '../core/graphql/generated';
import { describeError } from '../core/graphql/graphql-errors';
import { ValueConfigPanel } from '../core/value/value-config-panel';
import { ValueConfigStore } from '../core/value/value-config-store';
import { DEFAULT_EXPLORER_SORT, type ExplorerSortState } from './explorer-columns';
import { ExplorerCsvDownload } from './explorer-csv';
import { type ExplorerRow, type ExplorerTotals, withValues } from './explorer-rows';
import { ExplorerTable } from './explorer-table';
import { injectFilterRange } from './filter-range';

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;
/** Typing pauses this long before the search runs. */
export const SEARCH_DEBOUNCE_MS = 300;

type ExplorerPageData = ExplorerQuery['explorer'];

/**
 * One row per developer over the filter period with lines and their estimated value: sortable, searchable,
 * paginated by cursor, with totals over every matching developer and a CSV of the same view.
 */
@Component({
  selector: 'app-explorer-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FilterBar, ValueConfigPanel, ExplorerTable],
  templateUrl: './explorer-page.html',
  styleUrl: './explorer-page.css',
})
export class ExplorerPage {
  private readonly apollo = inject(Apollo);
  private readonly valueStore = inject(ValueConfigStore);
  private readonly csv = inject(ExplorerCsvDownload);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly filter = injectMetricsFilter();
  protected readonly config = this.valueStore.config;

  protected readonly sort = signal<ExplorerSortState>(DEFAULT_EXPLORER_SORT);
  protected readonly pageSize = signal<number>(DEFAULT_PAGE_SIZE);
  protected readonly searchText = signal('');
  /** The search the query uses: the typed text once typing pauses. */
  protected readonly search = toSignal(
    toObservable(this.searchText).pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      map((text) => text.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );

  /**
   * The `after` cursor of every page visited, the current page last. The API pages forward only, so going back
   * is returning to the cursor before. Any change of filter, order, search or page size starts again at page 1.
   */
  private readonly cursors = linkedSignal<unknown, readonly (string | null)[]>({
    source: () => [this.filter(), this.sort(), this.search(), this.pageSize()],
    computation: () => [null],
  });
  protected readonly pageNumber = computed(() => this.cursors().length);

  private readonly filterRange = injectFilterRange(this.filter);
  protected readonly range = this.filterRange.range;

  private readonly variables = computed<ExplorerQueryVariables | null>(() => {
    // Wait for the period's days, so the first request already asks for the right ones.
    const range = this.range();
    if (range === null) return null;
    return {
      filter: toMetricsFilterInput(this.filter(), range),
      sort: this.sort(),
      first: this.pageSize(),
      after: this.cursors().at(-1) ?? null,
      search: this.search() === '' ? null : this.search(),
    };
  });

  private queryRef: QueryRef<ExplorerQuery, ExplorerQueryVariables> | null = null;
  private readonly result = toSignal(
    toObservable(this.variables).pipe(
      switchMap((variables) => {
        if (variables === null) {
          this.queryRef = null;
          return of(null);
        }
        // Cached pages show at once (going back is instant) and are refreshed, since an import changes them.
        this.queryRef = this.apollo.watchQuery({
          query: ExplorerDocument,
          variables,
          fetchPolicy: 'cache-and-network',
          notifyOnNetworkStatusChange: true,
        });
        return this.queryRef.valueChanges;
      }),
    ),
    { initialValue: null },
  );

  /** The last page that arrived: kept on screen while the next one loads, so the table does not jump. */
  private readonly page = linkedSignal({
    source: this.result,
    computation: (result, previous?: { value: ExplorerPageData | null }): ExplorerPageData | null =>
      result?.dataState === 'complete' ? result.data.explorer : (previous?.value ?? null),
  });

  protected readonly loading = computed(() => this.result()?.loading ?? true);
  protected readonly loadError = computed(() => {
    const error = this.filterRange.error() ?? this.result()?.error;
    return error ? describeError(error) : null;
  });

  protected readonly rows = computed<ExplorerRow[]>(() => {
    const config = this.config();
    return (this.page()?.rows ?? []).map((row) => withValues(row, config));
  });
  protected readonly totals = computed<ExplorerTotals | null>(() => {
    const totals = this.page()?.totals;
    return totals ? withValues(totals, this.config()) : null;
  });
  protected readonly hasNextPage = computed(() => this.page()?.pageInfo.hasNextPage ?? false);
  protected readonly rangeLabel = computed(() => {
    const totals = this.totals();
    if (totals === null || totals.developers === 0) return '';
    const first = (this.pageNumber() - 1) * this.pageSize() + 1;
    const last = first + this.rows().length - 1;
    return `${formatCount(first)}–${formatCount(last)} of ${formatCount(totals.developers)} developers`;
  });
  protected readonly caption = computed(() => {
    const range = this.range();
    const period = range === null ? '' : `, ${range.from} to ${range.to}`;
    return `Developers${period}. Values in ${this.config().currency}.`;
  });

  private readonly definitionsResult = toSignal(
    this.apollo.watchQuery({ query: ExplorerMetricDefinitionsDocument }).valueChanges,
  );
  protected readonly definitions = computed<readonly MetricDefinition[]>(() => {
    const result = this.definitionsResult();
    return result?.dataState === 'complete' ? (result.data.metricDefinitions as readonly MetricDefinition[]) : [];
  });

  protected readonly downloading = signal(false);
  protected readonly downloadError = signal<string | null>(null);

  protected changeSort(sort: ExplorerSortState): void {
    this.sort.set(sort);
  }

  protected typeSearch(event: Event): void {
    this.searchText.set((event.target as HTMLInputElement).value);
  }

  protected changePageSize(event: Event): void {
    this.pageSize.set(Number((event.target as HTMLSelectElement).value));
  }

  protected nextPage(): void {
    const cursor = this.page()?.pageInfo.endCursor;
    if (!this.hasNextPage() || !cursor) return;
    this.cursors.update((cursors) => [...cursors, cursor]);
  }

  protected previousPage(): void {
    this.cursors.update((cursors) => (cursors.length > 1 ? cursors.slice(0, -1) : cursors));
  }

  protected reload(): void {
    if (this.filterRange.error() !== null) {
      this.filterRange.retry();
      return;
    }
    void this.queryRef?.refetch().catch(() => undefined);
  }

  protected async downloadCsv(): Promise<void> {
    this.downloading.set(true);
    this.downloadError.set(null);
    try {
      await this.csv.download({
        filter: this.filter(),
        range: this.range(),
        config: this.config(),
        sort: this.sort(),
        search: this.search(),
      });
    } catch (error) {
      this.downloadError.set(error instanceof Error ? error.message : 'The download failed.');
    } finally {
      this.downloading.set(false);
    }
  }
}
