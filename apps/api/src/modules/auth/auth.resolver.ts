import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ADMIN } from '../../graphql/auth-checker';
import { badUserInput, notFound } from '../../graphql/errors';
import type { ApiTokenEntity } from './api-token.entity';
import { ApiToken, CreatedApiToken, Role, Viewer } from './auth.types';

const toApiToken = (token: ApiTokenEntity): ApiToken => ({
  id: token.id,
  name: token.name,
  role: token.role as Role,
  createdAt: token.createdAt,
  lastUsedAt: token.lastUsedAt,
  revokedAt: token.revokedAt,
});

@Resolver()
export class AuthResolver {
  @Authorized()
  @Query(() => Viewer)
  async me(@Ctx() { auth, services }: RequestContext): Promise<Viewer> {
    const organization = await services.organizations.findById(auth.organizationId);
    if (!organization) throw notFound('The organization of this token no longer exists.');
    return {
      tokenId: auth.tokenId,
      tokenName: auth.tokenName,
      role: auth.role as Role,
      organization: { id: organization.id, name: organization.name, slug: organization.slug },
    };
  }

  @Authorized()
  @Query(() => [ApiToken])
  async apiTokens(@Ctx() { auth, services }: RequestContext): Promise<ApiToken[]> {
    return (await services.tokens.list(auth.organizationId)).map(toApiToken);
  }

  @Authorized(ADMIN)
  @Mutation(() => CreatedApiToken)
  async createApiToken(
    @Arg('name', () => String) name: string,
    @Arg('role', () => Role) role: Role,
    @Ctx() { auth, services }: RequestContext,
  ): Promise<CreatedApiToken> {
    const trimmed = name.trim();
    if (trimmed.length === 0 || trimmed.length > 100) throw badUserInput('A token name has 1 to 100 characters.');
    const { secret, token } = await services.tokens.create(auth.organizationId, trimmed, role);
    return { token: secret, apiToken: toApiToken(token) };
  }

  @Authorized(ADMIN)
  @Mutation(() => ApiToken)
  async revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() { auth, services }: RequestContext): Promise<ApiToken> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('No token with that id.');
    const token = await services.tokens.revoke(auth.organizationId, id);
    if (!token) throw notFound('No token with that id.');
    return toApiToken(token);
  }
}
