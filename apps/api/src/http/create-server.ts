import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type Request } from 'express';
import { graphqlUploadExpress } from 'graphql-upload-minimal';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/env';
import { createRequestLoaders, type RequestContext } from '../graphql/context';
import { formatError, unauthenticated } from '../graphql/errors';
import { buildAppSchema } from '../graphql/schema';
import { createServices, type Services } from '../graphql/services';
import { sharedLookupsEndAfterMutations } from '../graphql/shared-lookups-end.plugin';
import { viewerMutationGuard } from '../graphql/viewer-mutation-guard.plugin';
import { healthRouter } from '../modules/health/health.router';
import { exportRouter } from '../modules/exports/export.router';
import type { AuthInfo } from '../modules/auth/auth-info';

export interface AppServer {
  readonly app: Express;
  readonly httpServer: http.Server;
  readonly services: Services;
  /** Listens on config.host:config.port (port 0 → any free port); resolves with the base URL. */
  listen(): Promise<string>;
  /** Stops accepting requests, drains in-flight ones and background rollup refreshes. Does not close the database. */
  stop(): Promise<void>;
}

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Resolves the caller from `Authorization: Bearer <token>`; shared by GraphQL and the export routes. */
export async function authenticateRequest(req: Request, services: Services): Promise<AuthInfo> {
  const header = req.headers.authorization;
  const match = header ? BEARER.exec(header) : null;
  if (!match?.[1]) throw unauthenticated();
  const auth = await services.tokens.authenticate(match[1]);
  if (!auth) throw unauthenticated('The API token is not valid or has been revoked.');
  return auth;
}

export async function createServer(config: AppConfig, dataSource: DataSource): Promise<AppServer> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);
  const services = createServices(dataSource, config);
  const exposeInternals = config.nodeEnv !== 'production';

  const apollo = new ApolloServer<RequestContext>({
    schema: await buildAppSchema(),
    csrfPrevention: true,
    // serve.command.ts owns SIGTERM/SIGINT: it stops Apollo, then closes the database, then exits.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    formatError: (formatted, error) => formatError(formatted, error, exposeInternals),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      viewerMutationGuard,
      sharedLookupsEndAfterMutations(services),
      // No @cacheControl hints here (results are cached by data version instead); the default plugin still
      // wrapped every field's resolver to compute them: ~1,400 fields in a developer's page.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  // GraphQL first: it serves nearly every request, which then skip the other routers' matching.
  app.use(
    '/graphql',
    // busboy refuses a file that reaches maxFileSize exactly; the limit itself is allowed.
    graphqlUploadExpress({ maxFileSize: config.maxUploadBytes + 1, maxFiles: 1 }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const auth = await authenticateRequest(req, services);
        return { auth, dataSource, config, services, loaders: createRequestLoaders(dataSource, auth) };
      },
    }),
  );
  app.use(healthRouter(dataSource));
  app.use(exportRouter(services, dataSource, (req) => authenticateRequest(req, services)));
  serveDashboard(app, config.dashboardDir);

  return {
    app,
    httpServer,
    services,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          const address = httpServer.address();
          const port = typeof address === 'object' && address ? address.port : config.port;
          resolve(`http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`);
        });
      }),
    stop: async () => {
      await apollo.stop();
      // Background rollup refreshes use the database the caller closes next.
      await services.metrics.rollups.drain();
    },
  };
}

/** The built dashboard at `/`, with SPA fallback so deep links (e.g. /login) load index.html. */
function serveDashboard(app: Express, dashboardDir: string): void {
  const indexHtml = path.join(dashboardDir, 'index.html');
  if (!fs.existsSync(indexHtml)) {
    app.get('/', (_req, res) => {
      res.type('text').send('devpulse API is running. The dashboard is not built: run `npm run build`.');
    });
    return;
  }
  app.use(express.static(dashboardDir, { index: false, maxAge: '1h', setHeaders: noCacheForHtml }));
  app.get('/{*path}', (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}

function noCacheForHtml(res: http.ServerResponse, filePath: string): void {
  if (filePath.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
