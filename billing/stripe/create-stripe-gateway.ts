import Stripe from 'stripe';
import { buildCheckoutSessionParams } from './build-checkout-session-params.js';
import type { StripeGateway } from './stripe-gateway.js';
import { summarizeCheckoutSession } from './summarize-checkout-session.js';

export interface CreateStripeGatewayOptions {
  /** sk_live_… / sk_test_… (or a restricted rk_… key with Checkout Sessions and Charges read/write). */
  secretKey: string;
  /** whsec_… of the webhook endpoint. */
  webhookSecret: string;
  /** Another API origin (tests, stripe-mock): "http://127.0.0.1:12111". Default https://api.stripe.com. */
  apiBaseUrl?: string;
  /** Per request. The SDK's default (80 s) would hold a webhook or a turn far too long. */
  timeoutMs?: number;
  /** The SDK's own retries (connection errors, 409, 5xx), with the same idempotency key. */
  maxNetworkRetries?: number;
}

/** Where the SDK sends requests: it takes host, port and protocol, not a URL. */
function apiOrigin(apiBaseUrl: string | undefined): Pick<Stripe.StripeConfig, 'host' | 'port' | 'protocol'> {
  if (!apiBaseUrl) return {};
  const url = new URL(apiBaseUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port || (protocol === 'http' ? 80 : 443), protocol };
}

/**
 * The StripeGateway on the official SDK, at the API version this SDK release pins
 * (Stripe.API_VERSION), so the objects we read have the shape its types describe.
 */
export function createStripeGateway({
  secretKey,
  webhookSecret,
  apiBaseUrl,
  timeoutMs = 30_000,
  maxNetworkRetries = 2,
}: CreateStripeGatewayOptions): StripeGateway {
  const stripe = new Stripe(secretKey, {
    ...apiOrigin(apiBaseUrl),
    timeout: timeoutMs,
    maxNetworkRetries,
    // No request-latency telemetry leaves our systems.
    telemetry: false,
  });

  return {
    async createCheckoutSession(request) {
      const session = await stripe.checkout.sessions.create(buildCheckoutSessionParams({ request }), {
        idempotencyKey: request.idempotencyKey,
      });
      return summarizeCheckoutSession({ session });
    },

    async retrieveCheckoutSession(sessionId) {
      return summarizeCheckoutSession({ session: await stripe.checkout.sessions.retrieve(sessionId) });
    },

    async findCheckoutSessionByPaymentIntent(paymentIntentId) {
      const page = await stripe.checkout.sessions.list({ payment_intent: paymentIntentId, limit: 1 });
      const session = page.data[0];
      return session ? summarizeCheckoutSession({ session }) : null;
    },

    async retrieveChargePaymentIntent(chargeId) {
      const { payment_intent: paymentIntent } = await stripe.charges.retrieve(chargeId);
      return typeof paymentIntent === 'string' ? paymentIntent : (paymentIntent?.id ?? null);
    },

    constructEvent(rawBody, signature) {
      // Default tolerance (300 s): an older signed body is a replay.
      return stripe.webhooks.constructEvent(rawBody, signature, webhookSecret);
    },
  };
}
