import Stripe from 'stripe';

export interface IsRetryableStripeErrorOptions {
  /** What a StripeGateway call threw. */
  error: unknown;
}

/**
 * Would the same call, made again later, possibly succeed?
 *
 * Yes: the request may not have reached Stripe (StripeConnectionError), Stripe shed load
 * (429, which its rate limiter answers before the idempotency layer), another request with
 * the same idempotency key was still running (409), or Stripe failed (5xx).
 * No: the parameters are wrong or no longer valid (400/404, e.g. an expired session),
 * an idempotency key was reused with other parameters (StripeIdempotencyError), the key
 * or its permissions are wrong (401/403), a signature did not verify, or the error is ours.
 * Stripe's `Stripe-Should-Retry` header, when present, overrides the status: a 5xx already
 * stored under an idempotency key replays identically, and Stripe says so with `false`.
 * https://docs.stripe.com/error-low-level
 */
export function isRetryableStripeError({ error }: IsRetryableStripeErrorOptions): boolean {
  if (!(error instanceof Stripe.errors.StripeError)) return false;
  if (error instanceof Stripe.errors.StripeConnectionError) return true;
  if (error instanceof Stripe.errors.StripeSignatureVerificationError) return false;
  if (error instanceof Stripe.errors.StripeIdempotencyError) return false;

  const shouldRetry = error.headers?.['stripe-should-retry'];
  if (shouldRetry === 'true') return true;
  if (shouldRetry === 'false') return false;

  if (error instanceof Stripe.errors.StripeRateLimitError) return true;
  const status = error.statusCode;
  return typeof status === 'number' && (status === 409 || status >= 500);
}
