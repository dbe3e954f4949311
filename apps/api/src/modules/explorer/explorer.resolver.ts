import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { MetricsFilterInput } from '../metrics/metrics-filter.input';
import { ExplorerSort } from './explorer-sort';
import { ExplorerPage, ValueConfigInput } from './explorer.types';

@Resolver()
export class ExplorerResolver {
  @Authorized()
  @Query(() => ExplorerPage, { description: 'One row per developer over the filter period, with value; paginated.' })
  async explorer(
    @Arg('filter', () => MetricsFilterInput, { nullable: true }) filter: MetricsFilterInput | null,
    @Arg('value', () => ValueConfigInput, { nullable: true }) value: ValueConfigInput | null,
    @Arg('sort', () => ExplorerSort, { nullable: true }) sort: ExplorerSort | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('search', () => String, { nullable: true, description: 'Part of a login, email or name.' })
    search: string | null,
    @Ctx() { auth, services }: RequestContext,
  ): Promise<ExplorerPage> {
    const resolved = await services.metrics.resolveFilter(auth.organizationId, filter);
    return services.explorer.page({ filter: resolved, value, sort, first, after, search });
  }
}
