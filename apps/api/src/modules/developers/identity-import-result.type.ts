import { Field, Int, ObjectType } from 'type-graphql';
import { RowError } from './row-error.type';

@ObjectType({ description: 'What uploadIdentities did. Re-importing the same file reports zero changes.' })
export class IdentityImportResult {
  @Field(() => Int, { description: 'Rows applied; every data row is either applied or in errors.' })
  rowsProcessed: number;

  @Field(() => Int)
  rowsErrored: number;

  @Field(() => [RowError], { description: 'Rows not applied, by line (the first 1000).' })
  errors: RowError[];

  @Field(() => Int)
  developersCreated: number;

  @Field(() => Int, { description: 'Developers merged into another because a row named both of them.' })
  developersMerged: number;

  @Field(() => Int, { description: 'Logins and emails newly attached to a developer.' })
  identitiesLinked: number;

  @Field(() => Int, { description: 'Developers whose team changed.' })
  teamsAssigned: number;
}
