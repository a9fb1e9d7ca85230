import type { Express } from 'express';
import { translate } from '../../../i18n/translate.js';
import type { AppConfig } from '../../config/load-config.js';
import type { Metrics } from '../../observability/create-metrics.js';
import { languageFromRequest } from '../language-from-request.js';
import { createRateLimiter } from './create-rate-limiter.js';

export interface MountRateLimitsOptions {
  app: Express;
  limits: AppConfig['rateLimits'];
  now: () => Date;
  metrics: Metrics;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Puts a budget in front of every public route family, before the routers
 * (and their body parsers) so a refused request costs almost nothing. Each
 * family counts on its own: a burst of Twilio callbacks does not close the
 * signing page. Health, readiness and metrics are not limited.
 */
export function mountRateLimits({ app, limits, now, metrics }: MountRateLimitsOptions): void {
  const perAddress = (route: string, limit: number) => createRateLimiter({ route, limit, windowMs: MINUTE, now, metrics });

  // Providers: few addresses, high rates, and they retry what we refuse.
  app.use('/webhooks/twilio', perAddress('twilio', limits.webhookPerMinute));
  app.use('/webhooks/stripe', perAddress('stripe', limits.webhookPerMinute));
  app.use('/api/messages', perAddress('botframework', limits.webhookPerMinute));
  app.use('/slack/events', perAddress('slack', limits.webhookPerMinute));

  app.use('/chat', perAddress('chat', limits.chatPerMinute));
  // A web chat session is a driver: the same budget as an SMS number, but the
  // widget is an API client, so over it the message is refused (and stored
  // nothing), and the widget retries it with the same clientMessageId. Only
  // accepted messages count: without the session's token one cannot spend it.
  app.post(
    '/chat/sessions/:id/messages',
    createRateLimiter({
      route: 'chat_session',
      limit: limits.senderPerMinute,
      windowMs: MINUTE,
      now,
      metrics,
      keyOf: (req) => `session:${String(req.params.id)}`,
      counts: (status) => status >= 200 && status < 300,
      messageOf: (req) => translate(languageFromRequest(req), 'rateLimit.slowDown'),
    }),
  );

  app.use(['/sign', '/signed'], perAddress('signing', limits.pagesPerMinute));
  app.use(['/pay', '/invoices'], perAddress('payment', limits.pagesPerMinute));
  app.use('/documents', perAddress('documents', limits.pagesPerMinute));
  // A driver's copy of their data (the privacy page's link).
  app.use('/privacy/my-data', perAddress('data_export', limits.pagesPerMinute));
  app.use('/staff', perAddress('staff', limits.pagesPerMinute));
  app.use('/api/v1', perAddress('api', limits.apiPerMinute));

  // Guessing a staff bearer token: only wrong tokens count (the /staff sign-in form limits its own failures).
  app.use('/api/v1', createRateLimiter({ route: 'api_auth', limit: limits.apiAuthFailuresPerHour, windowMs: HOUR, now, metrics, counts: (status) => status === 401 }));
}
