import { computeInsights, type Insight } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import type { MetricsCache } from '../metrics/metrics-cache';
import type { ResolvedFilter } from '../metrics/resolved-filter';
import type { OrganizationService } from '../organizations/organization.service';
import { queryInsightInput } from './insight-input.query';
import { insightThresholdsFrom } from './insight-thresholds';

/** SQL aggregates the inputs; the domain's rules decide what to say, so API and dashboard never disagree. */
export class InsightsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationService,
    private readonly cache: MetricsCache,
  ) {}

  async insights(filter: ResolvedFilter): Promise<Insight[]> {
    const organization = await this.organizations.findById(filter.organizationId);
    const thresholds = insightThresholdsFrom(organization?.settings);
    // The rules rank every developer of the period; their result is cached with the SQL input it came from.
    return this.cache.get(filter, `insights|${JSON.stringify(thresholds)}`, async () =>
      computeInsights(await queryInsightInput(this.dataSource, filter, thresholds.quotaGenerations), thresholds),
    );
  }
}
