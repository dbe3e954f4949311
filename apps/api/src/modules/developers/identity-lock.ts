import type { EntityManager } from 'typeorm';

/**
 * Serializes identity changes (imports, links, merges) within one organization for the rest of the transaction:
 * two admins linking the same email at once would otherwise both see it free and one would fail on the unique key.
 */
export async function lockOrganizationIdentities(manager: EntityManager, organizationId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('developer-identities:' || $1))`, [organizationId]);
}
