import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/env';
import { TokenService } from '../modules/auth/token.service';
import { OrganizationService } from '../modules/organizations/organization.service';

/** Long-lived services, created once per server and shared by all requests. */
export interface Services {
  readonly tokens: TokenService;
  readonly organizations: OrganizationService;
}

export function createServices(dataSource: DataSource, _config: AppConfig): Services {
  return {
    tokens: new TokenService(dataSource),
    organizations: new OrganizationService(dataSource),
  };
}
