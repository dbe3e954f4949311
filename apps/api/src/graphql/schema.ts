import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { DeveloperResolver } from '../modules/developers/developer.resolver';
import { IdentityImportResolver } from '../modules/developers/identity-import.resolver';
import { IngestionResolver } from '../modules/ingestion/ingestion.resolver';
import { ExplorerResolver } from '../modules/explorer/explorer.resolver';
import { InsightsResolver } from '../modules/insights/insights.resolver';
import { MetricsResolver } from '../modules/metrics/metrics.resolver';
import { authChecker } from './auth-checker';

/** Every resolver class; a feature adds its resolver here. */
export const RESOLVERS: NonEmptyArray<Function> = [AuthResolver, DeveloperResolver, IdentityImportResolver, IngestionResolver, MetricsResolver, InsightsResolver, ExplorerResolver]; // eslint-disable-line @typescript-eslint/no-unsafe-function-type

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    // Resolvers must state @Authorized() explicitly; anything without it is still behind the token check in context.
    // No class-validator decorators: inputs are checked where they are resolved (`resolveFilter`, the value
    // settings, the upload limits), with BAD_USER_INPUT and the field. Running class-validator anyway cost every
    // request with an input object a no-op validation.
    validate: false,
  });
}
