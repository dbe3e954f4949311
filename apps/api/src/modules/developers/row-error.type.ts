import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('RowError', { description: 'A row of an uploaded file that was not applied, and why.' })
export class RowError {
  @Field(() => Int, { description: '1-based line of the file where the row starts.' })
  line: number;

  @Field(() => String)
  message: string;
}
