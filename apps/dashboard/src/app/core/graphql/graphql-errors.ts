import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | (string & {});

/** The `extensions.code` values carried by an Apollo error, whether it came back as GraphQL errors or an HTTP error. */
export function errorCodes(error: unknown): ErrorCode[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.flatMap((e) => codeOf(e.extensions));
  }
  if (ServerError.is(error)) {
    const fromBody = codesInBody(error.bodyText);
    // A 401 without a GraphQL body still means the token was refused.
    return error.statusCode === 401 && fromBody.length === 0 ? ['UNAUTHENTICATED'] : fromBody;
  }
  return [];
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return errorCodes(error).includes(code);
}

/** A sentence for the page: the server's own message for input errors, a plain explanation otherwise. */
export function describeError(error: unknown): string {
  if (hasErrorCode(error, 'FORBIDDEN')) return 'Only admins can do this.';
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    if (first) return first.message;
  }
  if (ServerError.is(error)) return `The server answered with status ${error.statusCode}.`;
  return 'The server could not be reached. Check your connection and try again.';
}

function codeOf(extensions: Readonly<Record<string, unknown>> | undefined): string[] {
  const code = extensions?.['code'];
  return typeof code === 'string' ? [code] : [];
}

function codesInBody(bodyText: string): string[] {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return [];
  }
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) {
    return [];
  }
  return body.errors.flatMap((e: unknown) =>
    typeof e === 'object' && e !== null && 'extensions' in e && isRecord(e.extensions) ? codeOf(e.extensions) : [],
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
