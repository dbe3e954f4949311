import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ADMIN } from '../../graphql/auth-checker';
import { badUserInput } from '../../graphql/errors';
import { Developer, DeveloperIdentity } from './developer.type';
import { IdentityKindType, toIdentityKindType } from './identity-kind.type';
import { Team } from './team.type';

const DEFAULT_DEVELOPERS_PAGE = 50;

@Resolver(() => Developer)
export class DeveloperResolver {
  @Authorized()
  @Query(() => [Developer], {
    description: 'Ordered by display name; search matches the name or any identity value. At most 500.',
  })
  developers(
    @Arg('search', () => String, { nullable: true }) search: string | null | undefined,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_DEVELOPERS_PAGE }) first: number | null,
    @Ctx() { auth, services }: RequestContext,
  ): Promise<Developer[]> {
    const limit = first ?? DEFAULT_DEVELOPERS_PAGE;
    if (limit < 1) throw badUserInput('first must be at least 1.');
    return services.developers.list(auth.organizationId, search ?? null, limit);
  }

  @Authorized()
  @Query(() => Developer, { nullable: true })
  developer(@Arg('id', () => ID) id: string, @Ctx() { auth, services }: RequestContext): Promise<Developer | null> {
    return services.developers.findById(auth.organizationId, id);
  }

  @Authorized()
  @Query(() => [Team], { description: 'Ordered by name.' })
  teams(@Ctx() { auth, services }: RequestContext): Promise<Team[]> {
    return services.developers.listTeams(auth.organizationId);
  }

  @Authorized(ADMIN)
  @Mutation(() => Developer, {
    description: 'Attaches an identity; if another developer owns it, that developer is merged into this one.',
  })
  linkIdentity(
    @Arg('developerId', () => ID) developerId: string,
    @Arg('kind', () => IdentityKindType) kind: IdentityKindType,
    @Arg('value', () => String) value: string,
    @Ctx() { auth, services }: RequestContext,
  ): Promise<Developer> {
    return services.developers.linkIdentity(auth.organizationId, developerId, kind, value);
  }

  @Authorized(ADMIN)
  @Mutation(() => Developer, {
    description: 'Moves everything of fromId to intoId (usage merged by the max rule) and deletes fromId.',
  })
  mergeDevelopers(
    @Arg('intoId', () => ID) intoId: string,
    @Arg('fromId', () => ID) fromId: string,
    @Ctx() { auth, services }: RequestContext,
  ): Promise<Developer> {
    return services.developers.mergeDevelopers(auth.organizationId, intoId, fromId);
  }

  @FieldResolver(() => [DeveloperIdentity])
  async identities(@Root() developer: Developer, @Ctx() { loaders }: RequestContext): Promise<DeveloperIdentity[]> {
    const identities = await loaders.developers.identities.load(developer.id);
    return identities.map(({ kind, value }) => ({ kind: toIdentityKindType(kind), value }));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The first GitHub login linked to this developer.' })
  async githubLogin(@Root() developer: Developer, @Ctx() { loaders }: RequestContext): Promise<string | null> {
    const identities = await loaders.developers.identities.load(developer.id);
    return identities.find((identity) => identity.kind === 'github_login')?.value ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The first email linked to this developer.' })
  async email(@Root() developer: Developer, @Ctx() { loaders }: RequestContext): Promise<string | null> {
    const identities = await loaders.developers.identities.load(developer.id);
    return identities.find((identity) => identity.kind === 'email')?.value ?? null;
  }

  @FieldResolver(() => Team, { nullable: true })
  team(@Root() developer: Developer, @Ctx() { loaders }: RequestContext): Promise<Team | null> {
    return loaders.developers.team.load(developer.id);
  }
}
