import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import type { Developer } from '../developers/developer.type';
import { metricDefinitionsWithFilterCaveats } from './metric-definitions';
import { MetricsFilterInput } from './metrics-filter.input';
import {
  DayAggregate,
  DimensionAggregate,
  EngagementBucket,
  Kpis,
  MetricDefinition,
  MetricsAggregate,
  Period,
  UserAggregate,
} from './metrics.types';
import type { DimensionChart } from './sql/dimension-charts';
import type { DimensionAggregateDto } from './sql/dimensions.query';

/** The four dimension charts share one SQL scan per request: memoized on the parent object. */
const dimensionScans = new WeakMap<MetricsAggregate, Promise<Record<DimensionChart, DimensionAggregateDto[]>>>();

@Resolver(() => MetricsAggregate)
export class MetricsResolver {
  @Authorized()
  @Query(() => MetricsAggregate, {
    description: 'Aggregates of the stored usage; default period: the last 28 days with data.',
  })
  async metrics(
    @Arg('filter', () => MetricsFilterInput, { nullable: true }) filter: MetricsFilterInput | null,
    @Ctx() { auth, services }: RequestContext,
  ): Promise<MetricsAggregate> {
    return { filter: await services.metrics.resolveFilter(auth.organizationId, filter) };
  }

  @Authorized()
  @Query(() => [MetricDefinition], {
    description: 'Every metric, defined once in the domain: label, formula, caveats.',
  })
  metricDefinitions(): MetricDefinition[] {
    return metricDefinitionsWithFilterCaveats();
  }

  @FieldResolver(() => Period)
  period(@Root() { filter }: MetricsAggregate): Period {
    return { from: filter.from, to: filter.to, days: filter.days };
  }

  @FieldResolver(() => Kpis)
  kpis(@Root() { filter }: MetricsAggregate, @Ctx() { services }: RequestContext): Promise<Kpis> {
    return services.metrics.kpis(filter);
  }

  @FieldResolver(() => Kpis, { description: 'The same KPIs for the equally long period just before this one.' })
  previousKpis(@Root() { filter }: MetricsAggregate, @Ctx() { services }: RequestContext): Promise<Kpis> {
    return services.metrics.previousKpis(filter);
  }

  @FieldResolver(() => Period, { description: 'The period previousKpis covers.' })
  previousPeriod(@Root() { filter }: MetricsAggregate, @Ctx() { services }: RequestContext): Period {
    return { ...services.metrics.previousPeriodOf(filter), days: filter.days };
  }

  @FieldResolver(() => [DayAggregate], { description: 'Every day of the period, zeros included.' })
  byDay(@Root() { filter }: MetricsAggregate, @Ctx() { services }: RequestContext): Promise<DayAggregate[]> {
    return services.metrics.byDay(filter);
  }

  @FieldResolver(() => [UserAggregate], { description: 'Every developer with a row, by generations descending.' })
  async byUser(@Root() { filter }: MetricsAggregate, @Ctx() { services }: RequestContext): Promise<UserAggregate[]> {
    const users = await services.metrics.byUser(filter);
    return users.map(({ developerId, displayName, isService, ...user }) => ({
      ...user,
      developer: { id: developerId, displayName, isService } satisfies Developer,
    }));
  }

  @FieldResolver(() => [DimensionAggregate], { description: 'From the IDE breakdown.' })
  byIde(@Root() root: MetricsAggregate, @Ctx() ctx: RequestContext): Promise<DimensionAggregate[]> {
    return this.chart(root, ctx, 'byIde');
  }

  @FieldResolver(() => [DimensionAggregate], { description: 'From the language × feature breakdown.' })
  byLanguage(@Root() root: MetricsAggregate, @Ctx() ctx: RequestContext): Promise<DimensionAggregate[]> {
    return this.chart(root, ctx, 'byLanguage');
  }

  @FieldResolver(() => [DimensionAggregate], { description: 'From the feature breakdown.' })
  byFeature(@Root() root: MetricsAggregate, @Ctx() ctx: RequestContext): Promise<DimensionAggregate[]> {
    return this.chart(root, ctx, 'byFeature');
  }

  @FieldResolver(() => [DimensionAggregate], { description: 'From the language × model breakdown.' })
  byModel(@Root() root: MetricsAggregate, @Ctx() ctx: RequestContext): Promise<DimensionAggregate[]> {
    return this.chart(root, ctx, 'byModel');
  }

  @FieldResolver(() => [EngagementBucket], {
    description: 'Developers by active days; all five buckets, zeros included.',
  })
  engagement(@Root() { filter }: MetricsAggregate, @Ctx() { services }: RequestContext): Promise<EngagementBucket[]> {
    return services.metrics.engagement(filter);
  }

  private async chart(root: MetricsAggregate, { services }: RequestContext, chart: DimensionChart) {
    let scan = dimensionScans.get(root);
    if (!scan) {
      scan = services.metrics.dimensions(root.filter);
      dimensionScans.set(root, scan);
    }
    return (await scan)[chart];
  }
}
