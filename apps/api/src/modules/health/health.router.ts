import { Router } from 'express';
import type { DataSource } from 'typeorm';

const HEALTH_QUERY_TIMEOUT_MS = 2_000;

/** `GET /healthz`: 200 only when the database answers a query, 503 otherwise. */
export function healthRouter(dataSource: DataSource): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    try {
      await Promise.race([
        dataSource.query('SELECT 1'),
        new Promise((_resolve, reject) => setTimeout(() => reject(new Error('timeout')), HEALTH_QUERY_TIMEOUT_MS).unref()),
      ]);
      res.status(200).json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'down' });
    }
  });
  return router;
}
