import { looksLikeEmail, normalizeEmail, normalizeLogin } from '../normalize/identity';
import type { IdentityRef, PersonRef } from '../usage/usage-row';

/** A cell as read from the row, with its column label for error messages (`column "Email"`). */
export interface CsvCell {
  readonly value: string | undefined;
  readonly label: string;
}

export type CsvPersonResult = { ok: true; person: PersonRef } | { ok: false; message: string };

/**
 * Builds the person of a generic CSV row from its login and/or email cells. Both identities are listed
 * (login first) so identity resolution can link a login to an email the first time it sees them together.
 */
export function readCsvPerson(login: CsvCell | undefined, email: CsvCell | undefined): CsvPersonResult {
  const loginValue = normalizeLogin(login?.value ?? '');
  const emailText = (email?.value ?? '').trim();
  if (emailText !== '' && !looksLikeEmail(emailText)) {
    return { ok: false, message: `${email?.label}: "${emailText}" is not a valid email` };
  }
  const emailValue = normalizeEmail(emailText);

  const identities: IdentityRef[] = [];
  if (loginValue !== '') identities.push({ kind: 'github_login', value: loginValue });
  if (emailValue !== '') identities.push({ kind: 'email', value: emailValue });
  if (identities.length === 0) {
    const labels = [login?.label, email?.label].filter((label) => label !== undefined);
    return { ok: false, message: `no identity: ${labels.join(' and ')} ${labels.length > 1 ? 'are' : 'is'} empty` };
  }
  const displayName = loginValue !== '' ? loginValue : emailValue;
  return { ok: true, person: { identities, displayName, isService: false } };
}
