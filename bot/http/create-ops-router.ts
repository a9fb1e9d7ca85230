import { Router, type Response } from 'express';
import type { Metrics } from '../observability/create-metrics.js';
import { withTimeout } from '../observability/with-timeout.js';

export interface CreateOpsRouterOptions {
  metrics: Metrics;
  /** True when the database answers (e.g. `SELECT 1`). May reject; both count as down. */
  ping: () => Promise<boolean>;
  /** True once shutdown has begun: the load balancer should stop sending traffic. */
  isShuttingDown?: () => boolean;
  /** How long the database has to answer /readyz (default 2 s). */
  readyTimeoutMs?: number;
}

// Probes must never be served from a cache: a stale "ready" is worse than none.
const noStore = (res: Response) => res.set('Cache-Control', 'no-store');

/** Liveness, readiness and Prometheus metrics. Unauthenticated: expose /metrics only on a private network. */
export function createOpsRouter({
  metrics,
  ping,
  isShuttingDown = () => false,
  readyTimeoutMs = 2_000,
}: CreateOpsRouterOptions): Router {
  const router = Router();

  // Liveness says only that the event loop answers; it never touches the
  // database, or a database outage would get every instance restarted.
  router.get('/healthz', (_req, res) => {
    noStore(res).json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    noStore(res);
    // While draining we do not even ask the database: the answer is "not ready" either way.
    if (isShuttingDown()) {
      res.status(503).json({ status: 'not_ready', reason: 'shutting_down' });
      return;
    }
    let up = false;
    try {
      up = (await withTimeout(ping(), readyTimeoutMs)) === true;
    } catch {
      up = false;
    }
    if (up) res.json({ status: 'ready', database: 'up' });
    else res.status(503).json({ status: 'not_ready', database: 'down' });
  });

  router.get('/metrics', async (_req, res) => {
    const body = await metrics.registry.metrics();
    noStore(res).set('Content-Type', metrics.registry.contentType).send(body);
  });

  return router;
}
