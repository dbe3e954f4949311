import { computed, inject, type Signal, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { catchError, combineLatest, map, of, startWith, switchMap } from 'rxjs';
import type { DateRange, MetricsFilter } from '../core/filters/metrics-filter';
import { PeriodAnchor } from '../core/filters/period-anchor';

type RangeState = { status: 'pending' } | { status: 'ready'; range: DateRange } | { status: 'failed'; error: unknown };

export interface FilterRange {
  /** The concrete days of the filter's period; `null` until known. */
  range: Signal<DateRange | null>;
  /** Why the period could not be resolved, or `null`. */
  error: Signal<unknown>;
  /** Asks again after a failure. */
  retry: () => void;
}

/** The filter's period as days, resolved again whenever the filter changes (a preset ends at the last day with data). */
export function injectFilterRange(filter: Signal<MetricsFilter>): FilterRange {
  const anchor = inject(PeriodAnchor);
  const attempt = signal(0);
  const state = toSignal(
    combineLatest([toObservable(filter), toObservable(attempt)]).pipe(
      switchMap(([current]) =>
        anchor.resolve(current).pipe(
          map((range): RangeState => ({ status: 'ready', range })),
          catchError((error: unknown) => of<RangeState>({ status: 'failed', error })),
          startWith<RangeState>({ status: 'pending' }),
        ),
      ),
    ),
    { initialValue: { status: 'pending' } as RangeState },
  );
  return {
    range: computed(() => {
      const current = state();
      return current.status === 'ready' ? current.range : null;
    }),
    error: computed(() => {
      const current = state();
      return current.status === 'failed' ? current.error : null;
    }),
    retry: () => attempt.update((count) => count + 1),
  };
}
