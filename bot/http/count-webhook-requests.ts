import type { RequestHandler } from 'express';
import type { Metrics } from '../observability/create-metrics.js';

const WEBHOOK_ROUTES = ['/webhooks/twilio/messaging', '/webhooks/twilio/status', '/api/messages', '/webhooks/stripe'];

/** Counts provider webhooks by route and status: a rise in 403/503 is the first sign of trouble. */
export function countWebhookRequests({ metrics }: { metrics: Metrics }): RequestHandler {
  return (req, res, next) => {
    const route = WEBHOOK_ROUTES.find((r) => req.path === r);
    if (route) res.on('finish', () => metrics.webhookRequests.inc({ route, status: String(res.statusCode) }));
    next();
  };
}
