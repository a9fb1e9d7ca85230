import Stripe from 'stripe';

export interface SignStripeEventOptions {
  /** A Stripe Event JSON object (see stripeEventFixture). */
  event: object;
  /** The endpoint's whsec_… secret. */
  secret: string;
  /** Unix seconds of the `t=` element; now by default. An old one tests the replay tolerance. */
  timestamp?: number;
}

/**
 * The raw body and Stripe-Signature header Stripe would POST for this event, signed with the
 * SDK's own generateTestHeaderString (HMAC-SHA256 over "t.body"). Post `body` byte for byte:
 * the signature covers the exact bytes, not the JSON value.
 */
export function signStripeEvent({ event, secret, timestamp }: SignStripeEventOptions): { body: string; signature: string } {
  // Stripe delivers pretty-printed JSON; the spacing must survive to the verifier untouched.
  const body = JSON.stringify(event, null, 2);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload: body, secret, ...(timestamp === undefined ? {} : { timestamp }) });
  return { body, signature };
}
