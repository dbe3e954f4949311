import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/env';
import { DEFAULT_ORGANIZATION_SLUG, OrganizationService } from '../organizations/organization.service';
import { TokenService } from './token.service';

export interface BootstrapResult {
  /** Lines for the console, e.g. the one-time login URL. */
  readonly messages: string[];
}

/**
 * First start on an empty database: create the `default` organization and an admin token and print a
 * one-time login URL (the token travels in the URL fragment, which browsers never send to the server).
 * With BOOTSTRAP_ADMIN_TOKEN, that exact value is made a live admin token of `default` instead.
 */
export async function bootstrapAccess(
  dataSource: DataSource,
  config: Pick<AppConfig, 'bootstrapAdminToken' | 'publicUrl'>,
): Promise<BootstrapResult> {
  const organizations = new OrganizationService(dataSource);
  const tokens = new TokenService(dataSource);
  const messages: string[] = [];
  const empty = (await organizations.count()) === 0;

  if (config.bootstrapAdminToken) {
    const { organization } = await organizations.findOrCreate(DEFAULT_ORGANIZATION_SLUG, 'Default organization');
    const outcome = await tokens.ensureAdminSecret(organization.id, config.bootstrapAdminToken, 'bootstrap (BOOTSTRAP_ADMIN_TOKEN)');
    if (outcome !== 'existing') messages.push(`BOOTSTRAP_ADMIN_TOKEN is an admin token of organization "default" (${outcome}).`);
    if (empty) messages.push(`Log in at ${config.publicUrl}/login with the value of BOOTSTRAP_ADMIN_TOKEN.`);
    return { messages };
  }
  if (!empty) return { messages };

  const organization = await organizations.create(DEFAULT_ORGANIZATION_SLUG, 'Default organization');
  const { secret } = await tokens.create(organization.id, 'bootstrap admin', 'admin');
  messages.push(
    'Created organization "default" and an admin token. Open this URL to log in (shown once; keep it private):',
    `    ${config.publicUrl}/login#token=${secret}`,
    'More tokens: npm run token -- create --role viewer --name <name>',
  );
  return { messages };
}
