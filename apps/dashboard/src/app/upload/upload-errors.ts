import { formatDate } from '@angular/common';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeError, hasErrorCode } from '../core/graphql/graphql-errors';
import { formatBytes, MAX_UPLOAD_BYTES } from './upload-file';

/** A sentence for an upload that failed, by the error's `extensions.code`. */
export function describeUploadError(error: unknown, now: Date = new Date()): string {
  if (hasErrorCode(error, 'PAYLOAD_TOO_LARGE')) {
    const maxBytes = numberExtension(error, 'PAYLOAD_TOO_LARGE', 'maxBytes') ?? MAX_UPLOAD_BYTES;
    return `The file is larger than the ${formatBytes(maxBytes)} upload limit. Split it into smaller files (for example one per month) and upload each.`;
  }
  if (hasErrorCode(error, 'RATE_LIMITED')) {
    return `Too many uploads for this organization in the past hour. ${retryText(error, now)}`;
  }
  if (hasErrorCode(error, 'BAD_USER_INPUT')) {
    return `The file was refused: ${firstMessage(error, 'BAD_USER_INPUT') ?? describeError(error)}`;
  }
  return describeError(error);
}

function retryText(error: unknown, now: Date): string {
  const retryAt = stringExtension(error, 'RATE_LIMITED', 'retryAt');
  const seconds =
    numberExtension(error, 'RATE_LIMITED', 'retryAfterSeconds') ??
    (retryAt ? Math.max(0, Math.ceil((Date.parse(retryAt) - now.getTime()) / 1000)) : null);
  if (seconds === null || Number.isNaN(seconds)) return 'Try again later.';
  const at = new Date(retryAt ? Date.parse(retryAt) : now.getTime() + seconds * 1000);
  const minutes = Math.ceil(seconds / 60);
  const wait = seconds < 60 ? 'less than a minute' : minutes === 1 ? '1 minute' : `${minutes} minutes`;
  return `Try again at ${formatDate(at, 'HH:mm', 'en-US')} (in ${wait}).`;
}

function errorWithCode(error: unknown, code: string) {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  return error.errors.find((e) => e.extensions?.['code'] === code);
}

function firstMessage(error: unknown, code: string): string | undefined {
  return errorWithCode(error, code)?.message;
}

function numberExtension(error: unknown, code: string, key: string): number | null {
  const value = errorWithCode(error, code)?.extensions?.[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function stringExtension(error: unknown, code: string, key: string): string | null {
  const value = errorWithCode(error, code)?.extensions?.[key];
  return typeof value === 'string' ? value : null;
}
