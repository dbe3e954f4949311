import { registerEnumType } from 'type-graphql';
import type { IdentityKind } from '@devpulse/domain';

/** GraphQL spelling of the domain's IdentityKind; the values are what `developer_identities.kind` stores. */
export enum IdentityKindType {
  GITHUB_USER_ID = 'github_user_id',
  GITHUB_LOGIN = 'github_login',
  EMAIL = 'email',
  API_KEY = 'api_key',
}
registerEnumType(IdentityKindType, { name: 'IdentityKind', description: 'How a source file names a developer.' });

// An exhaustive record: adding a kind to the domain fails compilation here until GraphQL knows it too.
const KIND_TYPES: Readonly<Record<IdentityKind, IdentityKindType>> = {
  github_user_id: IdentityKindType.GITHUB_USER_ID,
  github_login: IdentityKindType.GITHUB_LOGIN,
  email: IdentityKindType.EMAIL,
  api_key: IdentityKindType.API_KEY,
};

export const toIdentityKindType = (kind: IdentityKind): IdentityKindType => KIND_TYPES[kind];
