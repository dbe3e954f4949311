import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Services } from '../../graphql/services';
import { ExplorerSortField, SortDirection, type ExplorerSort } from '../explorer/explorer-sort';
import type { AuthInfo } from '../auth/auth-info';
import { streamExplorerCsv, streamRawCsv } from './csv-exports';
import { filterFromQuery, numberParam, stringParam } from './export-request';
import { streamRawNdjson } from './ndjson-export';
import { queryStoredPeriod } from './stored-rows.query';

export type Authenticate = (req: Request) => Promise<AuthInfo>;

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

/**
 * `GET /export/raw.csv`, `/export/explorer.csv` (same filter as the GraphQL API, as query parameters) and
 * `/export/raw.ndjson` (everything stored). Same bearer tokens as GraphQL; viewers may export.
 */
export function exportRouter(services: Services, dataSource: DataSource, authenticate: Authenticate): Router {
  const router = Router();

  router.get('/export/raw.csv', (req, res) =>
    handle(req, res, async () => {
      const auth = await authenticate(req);
      const filter = await services.metrics.resolveFilter(auth.organizationId, filterFromQuery(req));
      startDownload(res, 'text/csv; charset=utf-8', `devpulse-raw-${filter.from}_${filter.to}.csv`);
      await streamRawCsv(dataSource, filter, res);
    }),
  );

  router.get('/export/explorer.csv', (req, res) =>
    handle(req, res, async () => {
      const auth = await authenticate(req);
      const filter = await services.metrics.resolveFilter(auth.organizationId, filterFromQuery(req));
      const value = {
        linesPerHour: numberParam(req, 'linesPerHour'),
        ratePerHour: numberParam(req, 'ratePerHour'),
        currency: stringParam(req, 'currency'),
      };
      const request = { filter, value, sort: sortFromQuery(req), search: stringParam(req, 'search') };
      // Headers go out with the first page, inside streamExplorerCsv, after the value settings validated.
      await streamExplorerCsv(services.explorer, request, res, () =>
        startDownload(res, 'text/csv; charset=utf-8', `devpulse-explorer-${filter.from}_${filter.to}.csv`),
      );
    }),
  );

  router.get('/export/raw.ndjson', (req, res) =>
    handle(req, res, async () => {
      const auth = await authenticate(req);
      const period = await queryStoredPeriod(dataSource, auth.organizationId);
      const name = period.from && period.to ? `${period.from}_${period.to}` : 'empty';
      startDownload(res, 'application/x-ndjson; charset=utf-8', `devpulse-raw-${name}.ndjson`);
      await streamRawNdjson(dataSource, auth.organizationId, res);
    }),
  );

  return router;
}

function startDownload(res: Response, contentType: string, fileName: string): void {
  res.status(200);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
}

function sortFromQuery(req: Request): ExplorerSort | null {
  const field = stringParam(req, 'sort');
  const direction = stringParam(req, 'direction');
  if (field === null && direction === null) return null;
  return {
    field: (Object.values(ExplorerSortField) as string[]).includes(field ?? '')
      ? (field as ExplorerSortField)
      : ExplorerSortField.NET_LINES,
    direction: direction?.toUpperCase() === 'ASC' ? SortDirection.ASC : SortDirection.DESC,
  };
}

/** Client errors before the first byte become JSON with the GraphQL error code; after it, the stream is cut. */
async function handle(req: Request, res: Response, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (res.headersSent) {
      res.destroy(error instanceof Error ? error : undefined);
      return;
    }
    const code = error instanceof GraphQLError ? String(error.extensions['code'] ?? '') : '';
    const status = STATUS[code];
    if (status !== undefined && error instanceof GraphQLError) {
      res.status(status).json({ error: { code, message: error.message } });
      return;
    }
    console.error(`export ${req.path} failed`, error);
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
  }
}
