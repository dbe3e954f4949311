import { addDays, type AggregateKpis, type DayAggregate, type EngagementCount } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import { resolveFilter, type FilterRequest } from './filter-resolution';
import { MetricsCache } from './metrics-cache';
import type { ResolvedFilter } from './resolved-filter';
import { queryByDay } from './sql/by-day.query';
import { queryByUser, type UserAggregateWithDeveloper } from './sql/by-user.query';
import type { DimensionChart } from './sql/dimension-charts';
import { queryDimensions, type DimensionAggregateDto } from './sql/dimensions.query';
import { engagementFromCounts } from './sql/engagement.query';
import { queryKpis } from './sql/kpis.query';
import { queryScanSummary, type ScanSummary } from './sql/scan-summary.query';
import { queryPeriodSummary, type PeriodSummary } from './rollups/period-summary.query';
import { queryRollupKpis } from './rollups/rollup-kpis.query';
import { RollupRefresher } from './rollups/rollup-queue';
import { SharedDataStateLookups } from './shared-data-state';
import { activityRollupScope } from './rollups/rollup-scope';
import type { DayRange } from './rollups/period-split';

/**
 * The aggregation API's entry point: every number is computed in SQL, and small results are cached until the
 * organization's data changes (`MetricsCache`). Organization-wide filters (period, at most one source) read the
 * activity rollups, where one per-developer summary serves KPIs, engagement and insights; other filters scan the
 * stored developer-days.
 */
export class MetricsService {
  /** Per-developer summaries are large (one entry per developer): kept only long enough to be shared. */
  private readonly summaries = new MetricsCache(8);
  /** Processes the writes queued for the activity rollups, in the background. */
  readonly rollups: RollupRefresher;
  /** Each request's data-state lookup, shared by concurrent requests of the same organization. */
  readonly dataStates: SharedDataStateLookups;

  constructor(
    private readonly dataSource: DataSource,
    readonly cache: MetricsCache = new MetricsCache(),
  ) {
    this.dataStates = new SharedDataStateLookups(dataSource);
    // Processing the queue changes whether rollups are pending: later requests look the state up afresh.
    this.rollups = new RollupRefresher(dataSource, () => this.dataStates.afterWrite());
  }

  /** Also starts processing the organization's queued rollup writes when there are any (this request reads rows). */
  async resolveFilter(organizationId: string, request: FilterRequest | null | undefined): Promise<ResolvedFilter> {
    const filter = await resolveFilter(this.dataSource, organizationId, request, (id) => this.dataStates.lookup(id));
    if (filter.rollupsPending) void this.rollups.refreshSoon(organizationId);
    return filter;
  }

  kpis(filter: ResolvedFilter): Promise<AggregateKpis> {
    return this.cached('kpis', filter, () => this.kpisOver(filter, filter, true));
  }

  /** The same KPIs over the equally long period just before, for "change vs previous period". */
  previousKpis(filter: ResolvedFilter): Promise<AggregateKpis> {
    return this.cached('previousKpis', filter, () => this.kpisOver(filter, this.previousPeriodOf(filter), false));
  }

  /**
   * The per-developer summary of a period, for filters the activity rollups answer (null otherwise). The
   * current period's includes the people insights' input (for the organization's thresholds), so one scan serves
   * the whole overview.
   */
  periodSummary(filter: ResolvedFilter, period: DayRange = filter, withPeople = true): Promise<PeriodSummary> | null {
    const scope = activityRollupScope(filter);
    if (!scope) return null;
    const people = withPeople ? filter.insightThresholds : null;
    return this.summaries.get(filter, `summary|${period.from}|${period.to}|${withPeople}`, () =>
      queryPeriodSummary(this.dataSource, filter.organizationId, scope, period, { people }),
    );
  }

  /**
   * KPIs, per-day series and engagement of a filter the rollups cannot answer, from one developer-day scan
   * shared by the three sections.
   */
  private scanSummary(filter: ResolvedFilter): Promise<ScanSummary> {
    return this.summaries.get(filter, 'scan', () => queryScanSummary(this.dataSource, filter));
  }

  private async kpisOver(filter: ResolvedFilter, period: DayRange, current: boolean): Promise<AggregateKpis> {
    const scope = activityRollupScope(filter);
    const summary = this.periodSummary(filter, period, current);
    if (!scope || !summary) {
      return current ? (await this.scanSummary(filter)).kpis : queryKpis(this.dataSource, filter, period);
    }
    const [{ activeUsers }, kpis] = await Promise.all([
      summary,
      queryRollupKpis(this.dataSource, filter.organizationId, scope, period),
    ]);
    return { ...kpis, activeUsers };
  }

  /** Cached by section and resolved filter (organization, period, data version included). */
  private cached<T>(section: string, filter: ResolvedFilter, compute: () => Promise<T>): Promise<T> {
    return this.cache.get(filter, section, compute);
  }

  previousPeriodOf(filter: ResolvedFilter): { from: string; to: string } {
    return previousPeriod(filter);
  }

  byDay(filter: ResolvedFilter): Promise<DayAggregate[]> {
    return this.cached('byDay', filter, async () =>
      activityRollupScope(filter) ? queryByDay(this.dataSource, filter) : (await this.scanSummary(filter)).byDay,
    );
  }

  byUser(filter: ResolvedFilter): Promise<UserAggregateWithDeveloper[]> {
    return queryByUser(this.dataSource, filter);
  }

  dimensions(filter: ResolvedFilter): Promise<Record<DimensionChart, DimensionAggregateDto[]>> {
    return this.cached('dimensions', filter, () => queryDimensions(this.dataSource, filter));
  }

  engagement(filter: ResolvedFilter): Promise<EngagementCount[]> {
    return this.cached('engagement', filter, async () => {
      const summary = this.periodSummary(filter);
      return summary
        ? engagementFromCounts((await summary).activeDayCounts)
        : (await this.scanSummary(filter)).engagement;
    });
  }
}

export function previousPeriod(filter: ResolvedFilter): { from: string; to: string } {
  return { from: addDays(filter.from, -filter.days), to: addDays(filter.from, -1) };
}
