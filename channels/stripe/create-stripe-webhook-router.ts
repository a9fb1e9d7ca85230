/**
 * Stripe webhook adapter. Stripe signs the raw body (Stripe-Signature,
 * HMAC-SHA256 with a timestamp): the body is read raw here, before any JSON
 * parser could re-serialise it, verified, then handed to the payment port.
 * 200 only once the port has processed it; 400 for a bad signature or an
 * unreadable body (Stripe shows it in the dashboard and does not retry);
 * 500 when processing failed, so Stripe delivers the event again (the port
 * deduplicates on event.id).
 */
import express, { type Router } from 'express';
import type Stripe from 'stripe';
import { sendJsonError } from '../../bot/http/send-json-error.js';
import type { Logger } from '../../bot/logging/create-logger.js';

export interface StripeEventPort {
  acceptStripeEvent(event: Stripe.Event): Promise<string>;
}

export interface CreateStripeWebhookRouterOptions {
  /** Verifies Stripe-Signature over the raw body and parses the event; throws when it does not match. */
  verify: (rawBody: Buffer, signature: string) => Stripe.Event;
  payments: StripeEventPort;
  logger: Logger;
  /** Counted by type and outcome on /metrics. */
  onProcessed?: (type: string, outcome: string) => void;
}

export function createStripeWebhookRouter({ verify, payments, logger, onProcessed }: CreateStripeWebhookRouterOptions): Router {
  const log = logger.child({ channel: 'stripe' });
  const router = express.Router();
  // Stripe events are a few KB; the limit keeps a flood of junk cheap.
  const raw = express.raw({ type: () => true, limit: '512kb' });

  router.post('/webhooks/stripe', raw, async (request, response) => {
    const signature = request.get('Stripe-Signature');
    const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    if (!signature) {
      sendJsonError(response, { status: 400, code: 'missing_signature', message: 'Stripe-Signature header is missing' });
      return;
    }
    let event: Stripe.Event;
    try {
      event = verify(body, signature);
    } catch (error) {
      log.warn({ reason: (error as Error).name }, 'stripe webhook rejected: bad signature');
      sendJsonError(response, { status: 400, code: 'invalid_signature', message: 'Stripe-Signature does not match the body (or is too old)' });
      return;
    }
    try {
      const outcome = await payments.acceptStripeEvent(event);
      onProcessed?.(event.type, outcome);
      response.status(200).json({ received: true, outcome });
    } catch (error) {
      log.error({ err: error, stripeEvent: event.id, type: event.type }, 'stripe event failed: Stripe will retry');
      onProcessed?.(event.type, 'error');
      sendJsonError(response, { status: 500, code: 'processing_failed', message: 'The event could not be processed now; Stripe will retry' });
    }
  });
  router.all('/webhooks/stripe', (_request, response) => {
    response.set('Allow', 'POST');
    sendJsonError(response, { status: 405, code: 'method_not_allowed', message: 'Use POST' });
  });
  return router;
}
