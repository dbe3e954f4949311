import { inject, Injectable } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { map, type Observable, of } from 'rxjs';
import { PeriodAnchorDocument } from '../graphql/generated';
import { type DateRange, type MetricsFilter, resolvePeriod } from './metrics-filter';

/** Turns a filter's period into concrete days: a custom range as is, a preset ending at the last day with data. */
@Injectable({ providedIn: 'root' })
export class PeriodAnchor {
  private readonly apollo = inject(Apollo);

  /** Emits the range once; errors when the API cannot be asked. Fresh on every call, since an import moves the end. */
  resolve(filter: MetricsFilter): Observable<DateRange> {
    const period = filter.period;
    if (period.kind === 'custom') return of({ from: period.from, to: period.to });
    return this.apollo.query({ query: PeriodAnchorDocument, fetchPolicy: 'network-only' }).pipe(
      map((result) => {
        if (!result.data) throw result.error ?? new Error('The server sent no period.');
        return resolvePeriod(period, result.data.metrics.period.to);
      }),
    );
  }
}
