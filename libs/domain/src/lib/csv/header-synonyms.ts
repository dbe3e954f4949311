import type { ColumnMapping } from '../formats/format-parser';

export type ColumnMappingField = keyof ColumnMapping;

/**
 * Header names recognised for each mapping field, most specific first: when several headers match one
 * field, the one matching the earlier synonym wins. Shown in the mapping UI as "we look for…".
 * Matching ignores case, spaces and punctuation (see `normalizeHeader`), so `User_Login` matches `user login`.
 */
export const HEADER_SYNONYMS: Readonly<Record<ColumnMappingField, readonly string[]>> = {
  day: ['date', 'day', 'usage date', 'activity date'],
  email: ['email', 'e-mail', 'user email', 'mail'],
  login: ['github login', 'login', 'user_login', 'username', 'handle', 'user'],
  tool: ['tool', 'ai tool', 'product', 'source'],
  generations: [
    'code_generation_activity_count',
    'suggestions shown',
    'completions shown',
    'generations',
    'suggestions',
  ],
  acceptances: ['suggestions accepted', 'acceptances', 'accepted', 'accepts'],
  linesAdded: ['lines added', 'added lines', 'loc added', 'lines accepted'],
  linesDeleted: ['lines deleted', 'lines removed', 'loc deleted'],
  interactions: ['interactions', 'chat requests', 'chats', 'prompts', 'requests'],
  sessions: ['sessions', 'session count'],
};

/** The comparison key of a header: lower case, letters and digits only (`E-Mail ` → `email`). */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}
