import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { MetricsFilterInput } from '../metrics/metrics-filter.input';
import { Insight, InsightKindEnum, InsightSeverityEnum } from './insight.types';

@Resolver()
export class InsightsResolver {
  @Authorized()
  @Query(() => [Insight], {
    description: 'Insights over the same filter as metrics; thresholds are organization settings.',
  })
  async insights(
    @Arg('filter', () => MetricsFilterInput, { nullable: true }) filter: MetricsFilterInput | null,
    @Ctx() { auth, services }: RequestContext,
  ): Promise<Insight[]> {
    const resolved = await services.metrics.resolveFilter(auth.organizationId, filter);
    const insights = await services.insights.insights(resolved);
    return insights.map((insight) => ({
      ...insight,
      kind: insight.kind as InsightKindEnum,
      severity: insight.severity as InsightSeverityEnum,
    }));
  }
}
