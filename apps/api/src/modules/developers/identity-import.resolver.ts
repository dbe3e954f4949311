import { GraphQLUpload, type FileUpload } from 'graphql-upload-minimal';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ADMIN } from '../../graphql/auth-checker';
import { IdentityImportResult } from './identity-import-result.type';
import { openCsvUpload } from './upload-text';

@Resolver()
export class IdentityImportResolver {
  @Authorized(ADMIN)
  @Mutation(() => IdentityImportResult, {
    description:
      'CSV github_login,email[,name][,team]: links each login and email to one developer, merging developers when both exist.',
  })
  async uploadIdentities(
    @Arg('file', () => GraphQLUpload) file: Promise<FileUpload>,
    @Ctx() { auth, services }: RequestContext,
  ): Promise<IdentityImportResult> {
    return services.identityImports.import(auth.organizationId, await openCsvUpload(file));
  }
}
