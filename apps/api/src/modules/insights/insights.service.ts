import { computeInsights, type Insight, type InsightInput } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import type { MetricsService } from '../metrics/metrics.service';
import { activityRollupScope } from '../metrics/rollups/rollup-scope';
import type { ResolvedFilter } from '../metrics/resolved-filter';
import type { OrganizationService } from '../organizations/organization.service';
import { queryInsightInput } from './insight-input.query';
import { insightThresholdsFrom } from './insight-thresholds';
import { queryRollupInsightInput } from './rollup-insight-input.query';

/** SQL aggregates the inputs; the domain's rules decide what to say, so API and dashboard never disagree. */
export class InsightsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationService,
    private readonly metrics: MetricsService,
  ) {}

  async insights(filter: ResolvedFilter): Promise<Insight[]> {
    const organization = await this.organizations.findById(filter.organizationId);
    const thresholds = insightThresholdsFrom(organization?.settings);
    // The rules rank every developer of the period; their result is cached with the SQL input it came from.
    return this.metrics.cache.get(filter, `insights|${JSON.stringify(thresholds)}`, async () =>
      computeInsights(await this.input(filter, thresholds.quotaGenerations), thresholds),
    );
  }

  /** From the activity rollups and the period summary the overview shares, when they answer the filter. */
  private async input(filter: ResolvedFilter, quotaGenerations: number): Promise<InsightInput> {
    const scope = activityRollupScope(filter);
    const summary = this.metrics.periodSummary(filter);
    if (!scope || !summary) return queryInsightInput(this.dataSource, filter, quotaGenerations);
    // Both queries run at once: the per-user totals come from the summary the KPIs and engagement share.
    const [{ users }, input] = await Promise.all([
      summary,
      queryRollupInsightInput(this.dataSource, filter, scope, quotaGenerations),
    ]);
    return { ...input, users };
  }
}
