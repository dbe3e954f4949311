import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/env';
import { TokenService } from '../modules/auth/token.service';
import { DeveloperService } from '../modules/developers/developer.service';
import { IdentityImportService } from '../modules/developers/identity-import.service';
import { IngestionService } from '../modules/ingestion/ingestion.service';
import { ExplorerService } from '../modules/explorer/explorer.service';
import { InsightsService } from '../modules/insights/insights.service';
import { MetricsService } from '../modules/metrics/metrics.service';
import { OrganizationService } from '../modules/organizations/organization.service';

/** Long-lived services, created once per server and shared by all requests. */
export interface Services {
  readonly tokens: TokenService;
  readonly organizations: OrganizationService;
  readonly developers: DeveloperService;
  readonly identityImports: IdentityImportService;
  readonly ingestion: IngestionService;
  readonly metrics: MetricsService;
  readonly insights: InsightsService;
  readonly explorer: ExplorerService;
}

export function createServices(dataSource: DataSource, _config: AppConfig): Services {
  const organizations = new OrganizationService(dataSource);
  const metrics = new MetricsService(dataSource);
  return {
    tokens: new TokenService(dataSource),
    organizations,
    developers: new DeveloperService(dataSource),
    identityImports: new IdentityImportService(dataSource),
    ingestion: new IngestionService(dataSource, _config, undefined, (organizationId) => {
      void metrics.rollups.refreshSoon(organizationId);
    }),
    metrics,
    insights: new InsightsService(dataSource, metrics),
    explorer: new ExplorerService(dataSource),
  };
}
