import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
// One `RowError` type for every upload in the schema (also identity CSVs), defined once by the developers module.
import { RowError } from '../developers/row-error.type';

export { RowError };

/** Mirrors `MetricsFormat` of @devpulse/domain (the registry's ids). */
export enum MetricsFormatEnum {
  COPILOT_NDJSON = 'COPILOT_NDJSON',
  CLAUDE_CODE_JSON = 'CLAUDE_CODE_JSON',
  GENERIC_CSV = 'GENERIC_CSV',
}
registerEnumType(MetricsFormatEnum, { name: 'MetricsFormat', description: 'The usage file formats devpulse reads.' });

export enum IngestionStatus {
  PROCESSING = 'PROCESSING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(IngestionStatus, { name: 'IngestionStatus' });

@InputType({ description: 'Generic CSV only: which column (header name) holds each field.' })
export class ColumnMappingInput {
  @Field(() => String, { nullable: true }) day?: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) login?: string;
  @Field(() => String, { nullable: true }) tool?: string;
  @Field(() => String, { nullable: true }) generations?: string;
  @Field(() => String, { nullable: true }) acceptances?: string;
  @Field(() => String, { nullable: true }) linesAdded?: string;
  @Field(() => String, { nullable: true }) linesDeleted?: string;
  @Field(() => String, { nullable: true }) interactions?: string;
  @Field(() => String, { nullable: true }) sessions?: string;
}

@ObjectType({ description: 'The column mapping in use: the one given, or the one proposed from the header.' })
export class ColumnMapping {
  @Field(() => String, { nullable: true }) day: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) login: string | null;
  @Field(() => String, { nullable: true }) tool: string | null;
  @Field(() => String, { nullable: true }) generations: string | null;
  @Field(() => String, { nullable: true }) acceptances: string | null;
  @Field(() => String, { nullable: true }) linesAdded: string | null;
  @Field(() => String, { nullable: true }) linesDeleted: string | null;
  @Field(() => String, { nullable: true }) interactions: string | null;
  @Field(() => String, { nullable: true }) sessions: string | null;
}

@ObjectType({ description: 'An identity as the file names it (normalized).' })
export class SampleIdentity {
  @Field(() => String, { description: 'github_user_id, github_login, email or api_key.' })
  kind: string;

  @Field(() => String)
  value: string;
}

@ObjectType({ description: 'One normalized row as the import would read it.' })
export class UsageSampleRow {
  @Field(() => Int) line: number;
  @Field(() => String, { description: 'UTC day, YYYY-MM-DD.' }) day: string;
  @Field(() => String) tool: string;
  @Field(() => String, { description: 'COPILOT, CLAUDE_CODE or OTHER.' }) source: string;
  @Field(() => String, { description: 'Display name from the file, else its first identity.' }) person: string;
  @Field(() => [SampleIdentity]) identities: SampleIdentity[];
  @Field(() => Boolean, { description: 'An API-key actor: stored as a service, never merged into a person.' })
  isService: boolean;
  @Field(() => Int) generations: number;
  @Field(() => Int) acceptances: number;
  @Field(() => Int) interactions: number;
  @Field(() => Int) locSuggestedAdd: number;
  @Field(() => Int) locSuggestedDelete: number;
  @Field(() => Int) linesAdded: number;
  @Field(() => Int) linesDeleted: number;
  @Field(() => Int) sessions: number;
  @Field(() => Int) commits: number;
  @Field(() => Int) pullRequests: number;
  @Field(() => Float) tokensInput: number;
  @Field(() => Float) tokensOutput: number;
  @Field(() => Float) tokensCacheCreation: number;
  @Field(() => Float) tokensCacheRead: number;
  @Field(() => Float) costCents: number;
  @Field(() => Float, { nullable: true, description: 'Null when the file does not say (not 0).' }) aiCredits:
    | number
    | null;
  @Field(() => Float, { nullable: true, description: 'Null when the file does not say (not 0).' }) activeMinutes:
    | number
    | null;
  @Field(() => Int, { description: 'Breakdown cells (IDE, feature, language, model...) of this row.' })
  breakdownCount: number;
}

@ObjectType({ description: 'What importing this file would do. Nothing is written.' })
export class UploadPreview {
  @Field(() => MetricsFormatEnum) format: MetricsFormatEnum;
  @Field(() => Int, { description: 'Valid rows in the file (rows with errors are listed in `errors`).' })
  rowCount: number;
  @Field(() => [String], { description: 'CSV header; empty for JSON formats.' }) columns: string[];
  @Field(() => ColumnMapping, { nullable: true, description: 'CSV only.' }) mapping: ColumnMapping | null;
  @Field(() => [UsageSampleRow], { description: 'The first 20 valid rows, normalized.' }) sample: UsageSampleRow[];
  @Field(() => [String]) warnings: string[];
  @Field(() => [RowError], { description: 'The first 1000 row errors.' }) errors: RowError[];
  @Field(() => Int, { description: 'All row errors, also beyond the first 1000.' }) errorCount: number;
  @Field(() => String, { nullable: true }) firstDay: string | null;
  @Field(() => String, { nullable: true }) lastDay: string | null;
  @Field(() => Int) distinctDevelopers: number;
  @Field(() => Int, { description: 'Developer-tool-days not stored yet.' }) newRows: number;
  @Field(() => Int, { description: 'Developer-tool-days already stored (merged by the max rule).' })
  updatedRows: number;
}

@ObjectType({ description: 'One upload (or CLI import) and what became of it.' })
export class IngestionRun {
  @Field(() => ID) id: string;
  @Field(() => String) fileName: string;
  @Field(() => MetricsFormatEnum, { nullable: true }) format: MetricsFormatEnum | null;
  @Field(() => IngestionStatus) status: IngestionStatus;
  @Field(() => Int, { description: 'Valid rows read and stored.' }) rowsProcessed: number;
  @Field(() => Int) rowsErrored: number;
  @Field(() => [RowError], { description: 'The first 1000 row errors.' }) errorDetails: RowError[];
  @Field(() => [String]) warnings: string[];
  @Field(() => Float) bytes: number;
  @Field(() => String, { nullable: true }) sha256: string | null;
  @Field(() => Int, { description: 'Developer-tool-days this run added.' }) newRows: number;
  @Field(() => Int, { description: 'Developer-tool-days that were already stored.' }) updatedRows: number;
  @Field(() => Int) distinctDevelopers: number;
  @Field(() => String, { nullable: true }) firstDay: string | null;
  @Field(() => String, { nullable: true }) lastDay: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}
