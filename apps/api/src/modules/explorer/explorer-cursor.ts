import { badUserInput } from '../../graphql/errors';
import type { ExplorerSort } from './explorer-sort';

/** Where a page ended: the last row's sort value and id, for keyset pagination without gaps or duplicates. */
export interface ExplorerCursor {
  field: string;
  direction: string;
  /** The sort value as SQL printed it: numbers stay exact as decimal strings. */
  value: string;
  developerId: string;
}

/** Opaque to clients: base64url of a small JSON object. */
export function encodeCursor(cursor: ExplorerCursor): string {
  return Buffer.from(JSON.stringify([cursor.field, cursor.direction, cursor.value, cursor.developerId])).toString(
    'base64url',
  );
}

/** Decodes a cursor and checks it was made for the same sort: a cursor from another order would skip rows. */
export function decodeCursor(text: string, sort: ExplorerSort): ExplorerCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw badUserInput('after is not a cursor from this explorer.', { field: 'after' });
  }
  if (!Array.isArray(parsed) || parsed.length !== 4 || !parsed.every((part) => typeof part === 'string')) {
    throw badUserInput('after is not a cursor from this explorer.', { field: 'after' });
  }
  const [field, direction, value, developerId] = parsed as [string, string, string, string];
  if (field !== sort.field || direction !== sort.direction) {
    throw badUserInput('after was made for another sort order; start again without it.', { field: 'after' });
  }
  if (!/^[0-9a-f-]{36}$/.test(developerId)) throw badUserInput('after is not a cursor from this explorer.');
  return { field, direction, value, developerId };
}
