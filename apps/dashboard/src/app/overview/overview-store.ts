import { computed, inject, Injectable, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { catchError, map, type Observable, of, shareReplay, startWith, switchMap } from 'rxjs';
import { injectMetricsFilter } from '../core/filters/filter-url';
import {
  type DateRange,
  DEFAULT_FILTER,
  type MetricsFilter,
  toMetricsFilterInput,
} from '../core/filters/metrics-filter';
import { PeriodAnchor } from '../core/filters/period-anchor';
import { describeError } from '../core/graphql/graphql-errors';
import {
  MetricDefinitionsDocument,
  OverviewFilterOptionsDocument,
  OverviewInsightsDocument,
  OverviewMetricsDocument,
} from '../core/graphql/generated';
import {
  LOADING,
  type Loadable,
  type OverviewFilterOptionsQuery,
  type OverviewInsight,
  type OverviewMetricDefinition,
  type OverviewMetrics,
} from './overview-data';

interface RangedRequest {
  filter: MetricsFilter;
  range: Loadable<DateRange>;
}

/**
 * The overview's data: the URL filter, resolved to concrete days, then one query per panel (metrics, insights,
 * filter choices, definitions). Each panel has its own loading and error state; `retry()` asks again for all.
 */
@Injectable()
export class OverviewStore {
  private readonly apollo = inject(Apollo);
  private readonly anchor = inject(PeriodAnchor);
  private readonly attempt = signal(0);

  readonly filter = injectMetricsFilter();

  private readonly request$ = toObservable(computed(() => ({ filter: this.filter(), attempt: this.attempt() })));

  private readonly ranged$: Observable<RangedRequest> = this.request$.pipe(
    switchMap(({ filter }) =>
      this.anchor.resolve(filter).pipe(
        map((range): Loadable<DateRange> => ({ status: 'ready', data: range })),
        catchError((error: unknown) => of<Loadable<DateRange>>({ status: 'error', message: describeError(error) })),
        startWith(LOADING),
        map((range) => ({ filter, range })),
      ),
    ),
    shareReplay({ bufferSize: 1, refCount: true }),
  );

  readonly range = toSignal(this.ranged$.pipe(map(({ range }) => range)), { initialValue: LOADING });

  readonly metrics = toSignal(
    this.ranged$.pipe(
      switchMap(({ filter, range }) =>
        this.whenRanged(range, (days) =>
          this.fetch(OverviewMetricsDocument, { filter: toMetricsFilterInput(filter, days) }, (data) => data.metrics),
        ),
      ),
    ),
    { initialValue: LOADING as Loadable<OverviewMetrics> },
  );

  readonly insights = toSignal(
    this.ranged$.pipe(
      switchMap(({ filter, range }) =>
        this.whenRanged(range, (days) =>
          this.fetch(OverviewInsightsDocument, { filter: toMetricsFilterInput(filter, days) }, (data) => data.insights),
        ),
      ),
    ),
    { initialValue: LOADING as Loadable<OverviewInsight[]> },
  );

  /** Everything seen in the period, so a choice can be changed without first clearing the others. */
  readonly filterOptions = toSignal(
    this.ranged$.pipe(
      switchMap(({ range }) =>
        this.whenRanged(range, (days) =>
          this.fetch(
            OverviewFilterOptionsDocument,
            { filter: toMetricsFilterInput(DEFAULT_FILTER, days) },
            (data) => data,
          ),
        ),
      ),
    ),
    { initialValue: LOADING as Loadable<OverviewFilterOptionsQuery> },
  );

  readonly definitions = toSignal(
    toObservable(this.attempt).pipe(
      switchMap(() => this.fetch(MetricDefinitionsDocument, {}, (data) => data.metricDefinitions)),
    ),
    { initialValue: LOADING as Loadable<OverviewMetricDefinition[]> },
  );

  retry(): void {
    this.attempt.update((attempt) => attempt + 1);
  }

  private whenRanged<T>(range: Loadable<DateRange>, load: (days: DateRange) => Observable<Loadable<T>>) {
    return range.status === 'ready' ? load(range.data) : of(range);
  }

  private fetch<TData, TVariables extends OperationVariables, R>(
    query: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    pick: (data: TData) => R,
  ): Observable<Loadable<R>> {
    return this.apollo.query<TData, TVariables>({ query, variables, fetchPolicy: 'network-only' }).pipe(
      map((result): Loadable<R> => {
        if (result.data === undefined || result.data === null)
          return { status: 'error', message: describeError(result.error) };
        return { status: 'ready', data: pick(result.data as TData) };
      }),
      catchError((error: unknown) => of<Loadable<R>>({ status: 'error', message: describeError(error) })),
      startWith(LOADING),
    );
  }
}
