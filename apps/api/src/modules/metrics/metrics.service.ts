import { addDays, type AggregateKpis, type DayAggregate, type EngagementCount } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import { resolveFilter, type FilterRequest } from './filter-resolution';
import { MetricsCache } from './metrics-cache';
import type { ResolvedFilter } from './resolved-filter';
import { queryByDay } from './sql/by-day.query';
import { queryByUser, type UserAggregateWithDeveloper } from './sql/by-user.query';
import type { DimensionChart } from './sql/dimension-charts';
import { queryDimensions, type DimensionAggregateDto } from './sql/dimensions.query';
import { queryEngagement } from './sql/engagement.query';
import { queryKpis } from './sql/kpis.query';

/**
 * The aggregation API's entry point: every number is computed by one SQL query per section, and small
 * results are cached until the organization's data changes (`MetricsCache`).
 */
export class MetricsService {
  constructor(
    private readonly dataSource: DataSource,
    readonly cache: MetricsCache = new MetricsCache(),
  ) {}

  resolveFilter(organizationId: string, request: FilterRequest | null | undefined): Promise<ResolvedFilter> {
    return resolveFilter(this.dataSource, organizationId, request);
  }

  kpis(filter: ResolvedFilter): Promise<AggregateKpis> {
    return this.cached('kpis', filter, () => queryKpis(this.dataSource, filter));
  }

  /** The same KPIs over the equally long period just before, for "change vs previous period". */
  previousKpis(filter: ResolvedFilter): Promise<AggregateKpis> {
    return this.cached('previousKpis', filter, () => queryKpis(this.dataSource, filter, this.previousPeriodOf(filter)));
  }

  /** Cached by section and resolved filter (organization, period, data version included). */
  private cached<T>(section: string, filter: ResolvedFilter, compute: () => Promise<T>): Promise<T> {
    return this.cache.get(filter, section, compute);
  }

  previousPeriodOf(filter: ResolvedFilter): { from: string; to: string } {
    return previousPeriod(filter);
  }

  byDay(filter: ResolvedFilter): Promise<DayAggregate[]> {
    return this.cached('byDay', filter, () => queryByDay(this.dataSource, filter));
  }

  byUser(filter: ResolvedFilter): Promise<UserAggregateWithDeveloper[]> {
    return queryByUser(this.dataSource, filter);
  }

  dimensions(filter: ResolvedFilter): Promise<Record<DimensionChart, DimensionAggregateDto[]>> {
    return this.cached('dimensions', filter, () => queryDimensions(this.dataSource, filter));
  }

  engagement(filter: ResolvedFilter): Promise<EngagementCount[]> {
    return this.cached('engagement', filter, () => queryEngagement(this.dataSource, filter));
  }
}

export function previousPeriod(filter: ResolvedFilter): { from: string; to: string } {
  return { from: addDays(filter.from, -filter.days), to: addDays(filter.from, -1) };
}
