import type { GraphQLScalarType } from 'graphql';
import { GraphQLUpload, type FileUpload } from 'graphql-upload-minimal';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ADMIN } from '../../graphql/auth-checker';
import type { RequestContext } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import type { IncomingFile, IngestionOptions } from './ingestion.service';
import { toClientError } from './ingestion.service';
import { toDomainMapping, toIngestionRun, toUploadPreview } from './ingestion.mappers';
import { ColumnMappingInput, IngestionRun, MetricsFormatEnum, UploadPreview } from './ingestion.types';

const MAX_RUNS_PAGE = 500;

/** Opens the uploaded file's stream; busboy's own size refusal surfaces here as PAYLOAD_TOO_LARGE. */
async function incomingFile(file: Promise<FileUpload>): Promise<IncomingFile> {
  try {
    const upload = await file;
    return { fileName: upload.filename, stream: upload.createReadStream() };
  } catch (error) {
    throw toClientError(error);
  }
}

function ingestionOptions(
  format: MetricsFormatEnum | null | undefined,
  mapping: ColumnMappingInput | null | undefined,
): IngestionOptions {
  return { format: format ?? null, mapping: toDomainMapping(mapping) };
}

@Resolver()
export class IngestionResolver {
  @Authorized(ADMIN) // it reads an uploaded file, which only admins may send
  @Query(() => UploadPreview, { description: 'What uploading this file would do; writes nothing.' })
  async previewUpload(
    @Arg('file', () => GraphQLUpload as GraphQLScalarType) file: Promise<FileUpload>,
    @Arg('format', () => MetricsFormatEnum, { nullable: true }) format: MetricsFormatEnum | null,
    @Arg('mapping', () => ColumnMappingInput, { nullable: true }) mapping: ColumnMappingInput | null,
    @Ctx() { auth, services }: RequestContext,
  ): Promise<UploadPreview> {
    const outcome = await services.ingestion.preview(
      auth.organizationId,
      await incomingFile(file),
      ingestionOptions(format, mapping),
    );
    return toUploadPreview(outcome);
  }

  @Authorized(ADMIN)
  @Mutation(() => IngestionRun, { description: 'Imports a usage file and returns the finished run.' })
  async uploadMetrics(
    @Arg('file', () => GraphQLUpload as GraphQLScalarType) file: Promise<FileUpload>,
    @Arg('format', () => MetricsFormatEnum, { nullable: true }) format: MetricsFormatEnum | null,
    @Arg('mapping', () => ColumnMappingInput, { nullable: true }) mapping: ColumnMappingInput | null,
    @Ctx() { auth, services }: RequestContext,
  ): Promise<IngestionRun> {
    const run = await services.ingestion.import(
      { organizationId: auth.organizationId, tokenId: auth.tokenId, rateLimited: true },
      await incomingFile(file),
      ingestionOptions(format, mapping),
    );
    return toIngestionRun(run);
  }

  @Authorized()
  @Query(() => [IngestionRun], { description: 'Latest runs first.' })
  async ingestionRuns(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Ctx() { auth, services }: RequestContext,
  ): Promise<IngestionRun[]> {
    const count = first ?? 50;
    if (!Number.isInteger(count) || count < 1 || count > MAX_RUNS_PAGE) {
      throw badUserInput(`first must be between 1 and ${MAX_RUNS_PAGE}.`);
    }
    return (await services.ingestion.runs.list(auth.organizationId, count)).map(toIngestionRun);
  }

  @Authorized()
  @Query(() => IngestionRun, { nullable: true })
  async ingestionRun(
    @Arg('id', () => ID) id: string,
    @Ctx() { auth, services }: RequestContext,
  ): Promise<IngestionRun | null> {
    const run = await services.ingestion.runs.find(auth.organizationId, id);
    return run ? toIngestionRun(run) : null;
  }
}
