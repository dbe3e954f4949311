import { computeInsights, type Insight, type InsightInput } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import type { MetricsService } from '../metrics/metrics.service';
import { activityRollupScope } from '../metrics/rollups/rollup-scope';
import type { ResolvedFilter } from '../metrics/resolved-filter';
import { queryInsightInput } from './insight-input.query';
import { queryRollupInsightInput } from './rollup-insight-input.query';

/** SQL aggregates and ranks the inputs; the domain's rules decide what to say, so API and dashboard never disagree. */
export class InsightsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly metrics: MetricsService,
  ) {}

  async insights(filter: ResolvedFilter): Promise<Insight[]> {
    // The organization's thresholds are part of the filter, so of the cache key.
    return this.metrics.cache.get(filter, 'insights', async () =>
      computeInsights(await this.input(filter), filter.insightThresholds),
    );
  }

  /** From the activity rollups and the period summary the overview shares, when they answer the filter. */
  private async input(filter: ResolvedFilter): Promise<InsightInput> {
    const scope = activityRollupScope(filter);
    const summary = this.metrics.periodSummary(filter);
    if (!scope || !summary) return queryInsightInput(this.dataSource, filter, filter.insightThresholds);
    // Both queries run at once: the people insights' input comes from the summary the KPIs and engagement share.
    const [{ people }, input] = await Promise.all([
      summary,
      queryRollupInsightInput(this.dataSource, filter, scope, filter.insightThresholds),
    ]);
    if (!people) throw new Error('the current period summary has no people input');
    return { ...input, people };
  }
}
