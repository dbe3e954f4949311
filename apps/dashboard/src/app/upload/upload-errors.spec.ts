import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeUploadError } from './upload-errors';

function graphqlError(message: string, extensions: Record<string, unknown>): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });
}

describe('describeUploadError', () => {
  const now = new Date(2026, 10, 25, 14, 0, 0);

  it('explains PAYLOAD_TOO_LARGE with the limit', () => {
    const error = graphqlError('Upload exceeds 52428800 bytes', { code: 'PAYLOAD_TOO_LARGE', maxBytes: 52428800 });
    expect(describeUploadError(error, now)).toBe(
      'The file is larger than the 50 MB upload limit. Split it into smaller files (for example one per month) and upload each.',
    );
  });

  it('gives the retry time of RATE_LIMITED', () => {
    const retryAt = new Date(2026, 10, 25, 14, 12, 30);
    const error = graphqlError('At most 10 uploads per hour', {
      code: 'RATE_LIMITED',
      retryAt: retryAt.toISOString(),
      retryAfterSeconds: 750,
    });
    expect(describeUploadError(error, now)).toBe(
      'Too many uploads for this organization in the past hour. Try again at 14:12 (in 13 minutes).',
    );
  });

  it('works out the wait from retryAt alone, and copes without either', () => {
    const retryAt = new Date(now.getTime() + 30_000).toISOString();
    expect(describeUploadError(graphqlError('Slow down', { code: 'RATE_LIMITED', retryAt }), now)).toBe(
      'Too many uploads for this organization in the past hour. Try again at 14:00 (in less than a minute).',
    );
    expect(describeUploadError(graphqlError('Slow down', { code: 'RATE_LIMITED' }), now)).toBe(
      'Too many uploads for this organization in the past hour. Try again later.',
    );
  });

  it('shows the server message of BAD_USER_INPUT', () => {
    const error = graphqlError('"notes.txt" is not a .csv, .json or .ndjson file.', { code: 'BAD_USER_INPUT' });
    expect(describeUploadError(error, now)).toBe(
      'The file was refused: "notes.txt" is not a .csv, .json or .ndjson file.',
    );
  });

  it('falls back to the general wording for other errors', () => {
    expect(describeUploadError(graphqlError('No', { code: 'FORBIDDEN' }), now)).toBe('Only admins can do this.');
    expect(describeUploadError(new Error('offline'), now)).toBe(
      'The server could not be reached. Check your connection and try again.',
    );
  });
});
