import { computeInsights, type Insight, type InsightInput, type InsightThresholds } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import type { MetricsService } from '../metrics/metrics.service';
import { activityRollupScope } from '../metrics/rollups/rollup-scope';
import type { ResolvedFilter } from '../metrics/resolved-filter';
import { queryInsightInput } from './insight-input.query';
import type { InsightThresholdsLookup } from './insight-thresholds';
import { queryRollupInsightInput } from './rollup-insight-input.query';

/** SQL aggregates and ranks the inputs; the domain's rules decide what to say, so API and dashboard never disagree. */
export class InsightsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly insightThresholds: InsightThresholdsLookup,
    private readonly metrics: MetricsService,
  ) {}

  async insights(filter: ResolvedFilter): Promise<Insight[]> {
    const thresholds = await this.insightThresholds(filter.organizationId);
    return this.metrics.cache.get(filter, `insights|${JSON.stringify(thresholds)}`, async () =>
      computeInsights(await this.input(filter, thresholds), thresholds),
    );
  }

  /** From the activity rollups and the period summary the overview shares, when they answer the filter. */
  private async input(filter: ResolvedFilter, thresholds: InsightThresholds): Promise<InsightInput> {
    const scope = activityRollupScope(filter);
    const summary = this.metrics.periodSummary(filter);
    if (!scope || !summary) return queryInsightInput(this.dataSource, filter, thresholds);
    // Both queries run at once: the people insights' input comes from the summary the KPIs and engagement share.
    const [{ people }, input] = await Promise.all([
      summary,
      queryRollupInsightInput(this.dataSource, filter, scope, thresholds),
    ]);
    if (!people) throw new Error('the current period summary has no people input');
    return { ...input, people };
  }
}
