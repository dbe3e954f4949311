import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A group of developers; a developer belongs to at most one team.' })
export class Team {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;
}
