import type { TokenRole } from '../modules/auth/api-token.entity';
import { TokenService } from '../modules/auth/token.service';
import { DEFAULT_ORGANIZATION_SLUG, OrganizationService } from '../modules/organizations/organization.service';
import { migrate } from '../database/data-source';
import { parseFlags, stringFlag } from './args';
import { openConfiguredDatabase } from './open-configured-database';

/** `token create|revoke|list`: token management for scripts and first setup. */
export async function tokenCommand(args: string[]): Promise<number> {
  const { positional, flags } = parseFlags(args);
  const action = positional[0];
  const orgSlug = stringFlag(flags, 'org') ?? DEFAULT_ORGANIZATION_SLUG;
  if (action !== 'create' && action !== 'revoke' && action !== 'list') {
    console.error('Usage: token create --role admin|viewer --name <name> [--org <slug>] | token revoke --name <name> | token list');
    return 2;
  }
  const { database } = await openConfiguredDatabase();
  try {
    await migrate(database.dataSource);
    const organizations = new OrganizationService(database.dataSource);
    const tokens = new TokenService(database.dataSource);
    const organization =
      action === 'create' && orgSlug !== DEFAULT_ORGANIZATION_SLUG
        ? (await organizations.findOrCreate(orgSlug, orgSlug)).organization
        : action === 'create'
          ? (await organizations.findOrCreate(DEFAULT_ORGANIZATION_SLUG, 'Default organization')).organization
          : await organizations.findBySlug(orgSlug);
    if (!organization) {
      console.error(`No organization "${orgSlug}".`);
      return 1;
    }
    if (action === 'list') {
      for (const token of await tokens.list(organization.id)) {
        const state = token.revokedAt ? `revoked ${token.revokedAt.toISOString()}` : 'active';
        console.log(`${token.id}  ${token.role.padEnd(6)}  ${token.name}  (${state})`);
      }
      return 0;
    }
    const name = stringFlag(flags, 'name');
    if (!name) {
      console.error('--name is required.');
      return 2;
    }
    if (action === 'revoke') {
      const count = await tokens.revokeByName(organization.id, name);
      console.log(count ? `Revoked ${count} token(s) named "${name}".` : `No active token named "${name}".`);
      return count ? 0 : 1;
    }
    const role = stringFlag(flags, 'role') ?? 'viewer';
    if (role !== 'admin' && role !== 'viewer') {
      console.error('--role must be admin or viewer.');
      return 2;
    }
    const { secret } = await tokens.create(organization.id, name, role as TokenRole);
    // The secret goes alone to stdout so scripts can capture it: TOKEN=$(npm run -s token -- create ...)
    console.error(`Created ${role} token "${name}" for organization "${organization.slug}". It is shown once:`);
    console.log(secret);
    return 0;
  } finally {
    await database.close();
  }
}
