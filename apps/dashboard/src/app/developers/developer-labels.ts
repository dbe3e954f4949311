import type { IdentityKind } from '../core/graphql/generated';

export const IDENTITY_KIND_LABELS: Readonly<Record<IdentityKind, string>> = {
  GITHUB_LOGIN: 'GitHub login',
  GITHUB_USER_ID: 'GitHub user ID',
  EMAIL: 'Email',
  API_KEY: 'API key',
};

/** The kinds an admin links by hand; API keys only arrive from Claude Code files and stay service developers. */
export const LINKABLE_IDENTITY_KINDS: readonly IdentityKind[] = ['GITHUB_LOGIN', 'EMAIL', 'GITHUB_USER_ID'];
