import type { IdentityKind } from '../usage/usage-row';

/** GitHub logins are case-insensitive: fold to lower case, strip a leading `@`. */
export function normalizeLogin(login: string): string {
  return login.trim().replace(/^@/, '').toLowerCase();
}

/** Emails are compared trimmed and lower-cased (the local part is case-insensitive in practice). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A plausible email: one `@`, something on both sides, a dot in the domain. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

/** Normalizes a value for the given identity kind; `developer_identities.value` stores this. */
export function normalizeIdentity(kind: IdentityKind, value: string): string {
  switch (kind) {
    case 'github_login':
      return normalizeLogin(value);
    case 'email':
      return normalizeEmail(value);
    case 'github_user_id':
      return value.trim();
    case 'api_key':
      return value.trim();
  }
}
