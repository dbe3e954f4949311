import { looksLikeEmail, normalizeEmail, normalizeLogin } from '../normalize/identity';
import { isCsvRecordError } from './csv-record-reader';
import { tokenizeCsv } from './csv-tokenizer';
import { normalizeHeader } from './header-synonyms';

/** One developer of the identities upload; blank cells are `null`, login and email are normalized. */
export interface IdentityCsvRow {
  readonly line: number;
  readonly login: string | null;
  readonly email: string | null;
  readonly name: string | null;
  readonly team: string | null;
}

export interface IdentityCsvError {
  readonly line: number;
  readonly error: string;
}

export type IdentityCsvEntry = IdentityCsvRow | IdentityCsvError;

export function isIdentityCsvError(entry: IdentityCsvEntry): entry is IdentityCsvError {
  return 'error' in entry;
}

type IdentityColumn = 'login' | 'email' | 'name' | 'team';

/** Header names (compared like `normalizeHeader`) of the identities upload: `github_login,email[,name][,team]`. */
const IDENTITY_HEADERS: Readonly<Record<string, IdentityColumn>> = {
  githublogin: 'login',
  login: 'login',
  email: 'email',
  name: 'name',
  team: 'team',
};

/**
 * Streams the identities upload that links GitHub logins to emails (and names, teams). Columns are found by
 * header name in any order; the header needs a login or an email column, and each row a login or an email.
 */
export async function* parseIdentitiesCsv(chunks: AsyncIterable<string>): AsyncGenerator<IdentityCsvEntry> {
  const records = tokenizeCsv(chunks);
  const first = await records.next();
  if (first.done) {
    yield { line: 1, error: 'the file is empty: expected the header github_login,email[,name][,team]' };
    return;
  }
  if (isCsvRecordError(first.value)) {
    yield first.value;
    return;
  }

  const header = first.value.fields;
  const columns = locateColumns(header);
  if (columns.login === undefined && columns.email === undefined) {
    yield { line: first.value.line, error: 'the header needs a github_login or an email column' };
    return;
  }

  for await (const record of records) {
    if (isCsvRecordError(record)) {
      yield record;
      continue;
    }
    const { line, fields } = record;
    if (fields.length !== header.length) {
      yield { line, error: `expected ${header.length} fields (as in the header) but found ${fields.length}` };
      continue;
    }
    const cell = (column: IdentityColumn): string | null => {
      const index = columns[column];
      const value = index === undefined ? '' : (fields[index] ?? '').trim();
      return value === '' ? null : value;
    };
    const rawEmail = cell('email');
    if (rawEmail !== null && !looksLikeEmail(rawEmail)) {
      yield { line, error: `"${rawEmail}" is not a valid email` };
      continue;
    }
    const rawLogin = cell('login');
    const login = rawLogin === null ? '' : normalizeLogin(rawLogin);
    if (login === '' && rawEmail === null) {
      yield { line, error: 'neither a github_login nor an email' };
      continue;
    }
    yield {
      line,
      login: login === '' ? null : login,
      email: rawEmail === null ? null : normalizeEmail(rawEmail),
      name: cell('name'),
      team: cell('team'),
    };
  }
}

/** The first column of each known name wins; other columns are ignored. */
function locateColumns(header: readonly string[]): Partial<Record<IdentityColumn, number>> {
  const columns: Partial<Record<IdentityColumn, number>> = {};
  header.forEach((name, index) => {
    const column = IDENTITY_HEADERS[normalizeHeader(name)];
    if (column !== undefined && columns[column] === undefined) columns[column] = index;
  });
  return columns;
}
