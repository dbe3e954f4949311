import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The `extensions.code` values clients can rely on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR';

const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
};

/** A client-facing error: message and code are safe to show; `details` go into extensions. */
export function appError(code: ErrorCode, message: string, details: Record<string, unknown> = {}): GraphQLError {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, {
    extensions: { code, ...details, ...(status ? { http: { status } } : {}) },
  });
}

export const unauthenticated = (message = 'A valid API token is required (Authorization: Bearer <token>).') =>
  appError('UNAUTHENTICATED', message);
export const forbidden = (message = 'This token is not allowed to do that.') => appError('FORBIDDEN', message);
export const badUserInput = (message: string, details: Record<string, unknown> = {}) =>
  appError('BAD_USER_INPUT', message, details);
export const notFound = (message: string) => appError('NOT_FOUND', message);

const CLIENT_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo `formatError`: errors meant for clients pass through; anything else (a bug, an SQL error)
 * becomes a generic INTERNAL_SERVER_ERROR so no stack trace, SQL or table name leaks.
 * type-graphql's argument validation errors become BAD_USER_INPUT with the failed constraints.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, exposeInternals: boolean): GraphQLFormattedError {
  const code = String(formatted.extensions?.['code'] ?? '');
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original && original.name === 'ArgumentValidationError') {
    const validationErrors = (original as unknown as { extensions?: { validationErrors?: unknown } }).extensions?.validationErrors;
    return {
      message: 'Invalid input: ' + describeValidation(validationErrors),
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  if (CLIENT_CODES.has(code)) {
    const { stacktrace: _stacktrace, http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (exposeInternals) return formatted;
  return {
    message: 'Internal server error',
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function describeValidation(validationErrors: unknown): string {
  if (!Array.isArray(validationErrors)) return 'arguments failed validation';
  const messages: string[] = [];
  for (const item of validationErrors as { property?: string; constraints?: Record<string, string> }[]) {
    for (const message of Object.values(item.constraints ?? {})) messages.push(message);
  }
  return messages.length > 0 ? messages.join('; ') : 'arguments failed validation';
}
