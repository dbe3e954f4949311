import { GraphQLError } from 'graphql';
import { appError, formatError } from './errors';

describe('formatError', () => {
  it('passes client errors through without stack traces or http hints', () => {
    const error = appError('RATE_LIMITED', 'Too many uploads', { retryAfterSeconds: 60 });
    const formatted = formatError({ message: error.message, extensions: { ...error.extensions, stacktrace: ['x'] } }, error, false);
    expect(formatted).toEqual({ message: 'Too many uploads', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 60 } });
  });

  it('hides unexpected errors (SQL, bugs) in production', () => {
    const sqlError = new GraphQLError('relation "api_tokens" does not exist', {
      originalError: new Error('relation "api_tokens" does not exist'),
    });
    const formatted = formatError(
      { message: sqlError.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at query (pg.js:1)'] } },
      sqlError,
      false,
    );
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('shows them in development', () => {
    const formatted = formatError({ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new Error('boom'), true);
    expect(formatted.message).toBe('boom');
  });
});
