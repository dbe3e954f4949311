import type { BreakdownRow, NormalizedUsageRow } from '../../usage/usage-row';

/**
 * Natural key of a usage row within one organization: `tool|day|kind:value` of the person's first identity.
 * The first identity is the most stable one the file has (Copilot: user id before login), so a renamed login
 * still lands on the same key.
 */
export function usageRowKey(row: Pick<NormalizedUsageRow, 'tool' | 'day' | 'person'>): string {
  const identity = row.person.identities[0];
  // Parsers report a row without a person as a row error, so reaching here without one is a bug, not bad data.
  if (identity === undefined) throw new Error(`usage row for ${row.tool} on ${row.day} has no identity`);
  return `${row.tool}|${row.day}|${identity.kind}:${identity.value}`;
}

/** Key of a breakdown cell within its row: `dimension|key|key2`. */
export function breakdownKey(breakdown: Pick<BreakdownRow, 'dimension' | 'key' | 'key2'>): string {
  return `${breakdown.dimension}|${breakdown.key}|${breakdown.key2}`;
}
