import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'admin',
  VIEWER = 'viewer',
}
registerEnumType(Role, { name: 'Role' });

@ObjectType()
export class Organization {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  slug: string;
}

@ObjectType({ description: 'The caller: the token in the Authorization header and its organization.' })
export class Viewer {
  @Field(() => ID)
  tokenId: string;

  @Field(() => String)
  tokenName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => Organization)
  organization: Organization;
}

@ObjectType()
export class ApiToken {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType()
export class CreatedApiToken {
  @Field(() => String, { description: 'The secret, shown once; only its SHA-256 hash is stored.' })
  token: string;

  @Field(() => ApiToken)
  apiToken: ApiToken;
}
