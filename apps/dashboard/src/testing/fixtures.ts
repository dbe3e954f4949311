import type { ApiTokenFieldsFragment } from '../app/core/graphql/generated';
import type { Viewer } from '../app/core/auth/auth-store';

/** Test data shaped as the server sends it (with __typename, which Apollo's cache needs to normalize). */
export function viewerFixture(overrides: Partial<Viewer> = {}): Viewer & { __typename: 'Viewer' } {
  return {
    __typename: 'Viewer',
    tokenId: 'tok-admin',
    tokenName: 'bootstrap',
    role: 'ADMIN',
    organization: {
      __typename: 'Organization',
      id: 'org-1',
      name: 'Acme Engineering',
      slug: 'default',
    } as Viewer['organization'],
    ...overrides,
  };
}

export function tokenFixture(
  overrides: Partial<ApiTokenFieldsFragment> = {},
): ApiTokenFieldsFragment & { __typename: 'ApiToken' } {
  return {
    __typename: 'ApiToken',
    id: 'tok-admin',
    name: 'bootstrap',
    role: 'ADMIN',
    createdAt: '2026-11-01T09:00:00.000Z',
    lastUsedAt: '2026-11-24T16:30:00.000Z',
    revokedAt: null,
    ...overrides,
  };
}

/** Apollo Client 4 delivers results on a later task; let it run before asking Angular to settle. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}
