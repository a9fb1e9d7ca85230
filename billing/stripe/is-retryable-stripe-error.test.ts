import Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { isRetryableStripeError } from './is-retryable-stripe-error.js';

const { errors } = Stripe;

describe('isRetryableStripeError', () => {
  it.each([
    ['a connection error', new errors.StripeConnectionError({ message: 'socket hang up' })],
    ['a 429', new errors.StripeRateLimitError({ statusCode: 429, message: 'Too many requests' })],
    ['a 409 (same key still in flight)', new errors.StripeAPIError({ statusCode: 409, type: 'api_error', message: 'conflict' })],
    ['a 500', new errors.StripeAPIError({ statusCode: 500, type: 'api_error' })],
    ['a 503', new errors.StripeAPIError({ statusCode: 503, type: 'api_error' })],
    ['a 400 Stripe asks us to retry', new errors.StripeInvalidRequestError({ statusCode: 400, headers: { 'stripe-should-retry': 'true' } })],
  ])('retries %s', (_name, error) => {
    expect(isRetryableStripeError({ error })).toBe(true);
  });

  it.each([
    ['an invalid request', new errors.StripeInvalidRequestError({ statusCode: 400, type: 'invalid_request_error', param: 'expires_at' })],
    ['an idempotency key reused with other parameters', new errors.StripeIdempotencyError({ statusCode: 400, type: 'idempotency_error' })],
    ['a bad key', new errors.StripeAuthenticationError({ statusCode: 401 })],
    ['a missing permission', new errors.StripePermissionError({ statusCode: 403 })],
    ['a 500 already stored under the idempotency key', new errors.StripeAPIError({ statusCode: 500, headers: { 'stripe-should-retry': 'false' } })],
    ['a bad webhook signature', new errors.StripeSignatureVerificationError('t=1,v1=00', '{}', { message: 'No signatures found' })],
    ['an error of ours', new TypeError('x is undefined')],
    ['a thrown string', 'boom'],
  ])('does not retry %s', (_name, error) => {
    expect(isRetryableStripeError({ error })).toBe(false);
  });
});
