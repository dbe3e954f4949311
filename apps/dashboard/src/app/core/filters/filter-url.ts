import { inject, type Signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { map } from 'rxjs';
import { type MetricsFilter, parseFilterParams, toFilterParams } from './metrics-filter';

/** The current route's filter, read from its query parameters and updated on every navigation. */
export function injectMetricsFilter(): Signal<MetricsFilter> {
  const route = inject(ActivatedRoute);
  return toSignal(route.queryParamMap.pipe(map(parseFilterParams)), {
    initialValue: parseFilterParams(route.snapshot.queryParamMap),
  });
}

/** A function that puts a filter into the current URL, keeping any other query parameter the page uses. */
export function injectApplyFilter(): (filter: MetricsFilter) => Promise<boolean> {
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  return (filter) =>
    router.navigate([], { relativeTo: route, queryParams: toFilterParams(filter), queryParamsHandling: 'merge' });
}
