import { Field, ID, ObjectType } from 'type-graphql';
import { IdentityKindType } from './identity-kind.type';

@ObjectType({
  description: 'One way source files name a developer; the value is normalized (logins and emails lower-cased).',
})
export class DeveloperIdentity {
  @Field(() => IdentityKindType)
  kind: IdentityKindType;

  @Field(() => String)
  value: string;
}

/** githubLogin, email, identities and team are field resolvers (DeveloperResolver), batched per request. */
@ObjectType({ description: 'One person (or, with isService, one API key) that usage rows of every tool resolve to.' })
export class Developer {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  displayName: string;

  @Field(() => Boolean, { description: 'An API-key actor: counted apart from people and never merged into one.' })
  isService: boolean;
}
