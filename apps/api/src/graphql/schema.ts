import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { authChecker } from './auth-checker';

/** Every resolver class; a feature adds its resolver here. */
export const RESOLVERS: NonEmptyArray<Function> = [AuthResolver]; // eslint-disable-line @typescript-eslint/no-unsafe-function-type

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    // Resolvers must state @Authorized() explicitly; anything without it is still behind the token check in context.
    validate: { forbidUnknownValues: false },
  });
}
