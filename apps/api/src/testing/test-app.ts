import { loadConfig, type AppConfig } from '../config/env';
import { createServer, type AppServer } from '../http/create-server';
import { TokenService } from '../modules/auth/token.service';
import { OrganizationService } from '../modules/organizations/organization.service';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestOrganization {
  readonly id: string;
  readonly slug: string;
  readonly adminToken: string;
  readonly viewerToken: string;
}

/** A real server on a free port over a fresh database, with two organizations and their tokens. */
export interface TestApp {
  readonly url: string;
  readonly db: TestDatabase;
  readonly server: AppServer;
  readonly config: AppConfig;
  readonly orgA: TestOrganization;
  readonly orgB: TestOrganization;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', DASHBOARD_DIR: '/nonexistent', ...env }),
    databaseUrl: db.url,
  };
  const dataSource = db.database.dataSource;
  const organizations = new OrganizationService(dataSource);
  const tokens = new TokenService(dataSource);
  const makeOrg = async (slug: string): Promise<TestOrganization> => {
    const organization = await organizations.create(slug, `Organization ${slug}`);
    const admin = await tokens.create(organization.id, 'test admin', 'admin');
    const viewer = await tokens.create(organization.id, 'test viewer', 'viewer');
    return { id: organization.id, slug, adminToken: admin.secret, viewerToken: viewer.secret };
  };
  const orgA = await makeOrg('org-a');
  const orgB = await makeOrg('org-b');
  const server = await createServer(config, dataSource);
  const url = await server.listen();

  return {
    url,
    db,
    server,
    config,
    orgA,
    orgB,
    async graphql(query, variables, token = orgA.adminToken) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (token) headers['authorization'] = `Bearer ${token}`;
      const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async close() {
      await server.stop();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      await db.drop();
    },
  };
}
