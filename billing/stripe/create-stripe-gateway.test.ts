import nock from 'nock';
import Stripe from 'stripe';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStripeGateway, type CreateStripeGatewayOptions } from './create-stripe-gateway.js';
import { isRetryableStripeError } from './is-retryable-stripe-error.js';
import type { CheckoutSessionRequest } from './stripe-gateway.js';
import { checkoutSessionFixture, stripeEventFixture } from './test-support/checkout-session-fixture.js';
import { signStripeEvent } from './test-support/sign-stripe-event.js';

const STRIPE = 'https://api.stripe.com';
const SECRET_KEY = 'sk_test_51T911exampleKeyNotReal';
const WEBHOOK_SECRET = 'whsec_test_ticket911_endpoint';
const SESSION_ID = 'cs_test_b1Xc9ZpQ4rTmKs8vLw2NaYd5EuFg7HjC3oBiWxR6tS0qPlMnVk';
const CHECKOUT_URL = `https://checkout.stripe.com/c/pay/${SESSION_ID}#fidkdWxOYHwnPyd1blpxYHZxWjA0`;
const EXPIRES_AT = new Date('2026-03-02T15:30:00.700Z'); // 1772465400 s, fraction dropped

interface RecordedRequest {
  headers: Record<string, string | string[] | undefined>;
  form: Record<string, string>;
}

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

function gateway(options: Partial<CreateStripeGatewayOptions> = {}) {
  return createStripeGateway({ secretKey: SECRET_KEY, webhookSecret: WEBHOOK_SECRET, maxNetworkRetries: 0, ...options });
}

function checkoutRequest(overrides: Partial<CheckoutSessionRequest> = {}): CheckoutSessionRequest {
  return {
    quoteId: 'quote-7f3a',
    caseId: 'case-91c2',
    caseNumber: 'T911-000123',
    currency: 'CAD',
    lineItems: [
      { name: 'Défense — excès de vitesse', amountCents: 49_900 },
      { name: 'TPS (5 %)', amountCents: 2_495 },
      { name: 'TVQ (9,975 %)', amountCents: 4_978 },
    ],
    language: 'fr',
    successUrl: 'https://pay.ticket911.example/checkout/success?session_id={CHECKOUT_SESSION_ID}',
    cancelUrl: 'https://pay.ticket911.example/checkout/cancel?quote=quote-7f3a',
    expiresAt: EXPIRES_AT,
    customerEmail: 'marie.tremblay@example.com',
    idempotencyKey: 'checkout:quote-7f3a:1',
    ...overrides,
  };
}

/** Stripe's answer to a create: an open, unpaid session (no PaymentIntent before confirmation). */
function openSession() {
  return checkoutSessionFixture({
    id: SESSION_ID,
    url: CHECKOUT_URL,
    status: 'open',
    payment_status: 'unpaid',
    payment_intent: null,
    customer_details: null,
    client_reference_id: 'quote-7f3a',
    metadata: { caseId: 'case-91c2', quoteId: 'quote-7f3a', caseNumber: 'T911-000123' },
    expires_at: 1_772_465_400,
  });
}

/** Stripe's error envelope (https://docs.stripe.com/api/errors). */
function stripeError(fields: { type: string; message: string; code?: string; param?: string }) {
  return { error: { ...fields, doc_url: fields.code ? `https://docs.stripe.com/error-codes/${fields.code}` : undefined, request_log_url: 'https://dashboard.stripe.com/test/logs/req_T911abc' } };
}

/** Intercepts POST /v1/checkout/sessions with the given answers, recording each request. */
function interceptCreate(answers: { status: number; body: object; headers?: Record<string, string> }[]) {
  const recorded: RecordedRequest[] = [];
  let scope = nock(STRIPE);
  for (const answer of answers) {
    scope = scope.post('/v1/checkout/sessions').reply(function (_uri, body) {
      recorded.push({ headers: this.req.headers, form: Object.fromEntries(new URLSearchParams(String(body))) });
      return [answer.status, answer.body, answer.headers ?? {}];
    });
  }
  return { scope, recorded };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('createStripeGateway: createCheckoutSession', () => {
  it('POSTs exactly our parameters, with the idempotency key, the secret key and the pinned API version', async () => {
    const { scope, recorded } = interceptCreate([{ status: 200, body: openSession() }]);

    const summary = await gateway().createCheckoutSession(checkoutRequest());

    scope.done();
    expect(recorded).toHaveLength(1);
    expect(recorded[0].form).toEqual({
      mode: 'payment',
      'line_items[0][quantity]': '1',
      'line_items[0][price_data][currency]': 'cad',
      'line_items[0][price_data][unit_amount]': '49900',
      'line_items[0][price_data][product_data][name]': 'Défense — excès de vitesse',
      'line_items[1][quantity]': '1',
      'line_items[1][price_data][currency]': 'cad',
      'line_items[1][price_data][unit_amount]': '2495',
      'line_items[1][price_data][product_data][name]': 'TPS (5 %)',
      'line_items[2][quantity]': '1',
      'line_items[2][price_data][currency]': 'cad',
      'line_items[2][price_data][unit_amount]': '4978',
      'line_items[2][price_data][product_data][name]': 'TVQ (9,975 %)',
      client_reference_id: 'quote-7f3a',
      'metadata[caseId]': 'case-91c2',
      'metadata[quoteId]': 'quote-7f3a',
      'metadata[caseNumber]': 'T911-000123',
      'payment_intent_data[metadata][caseId]': 'case-91c2',
      'payment_intent_data[metadata][quoteId]': 'quote-7f3a',
      'payment_intent_data[metadata][caseNumber]': 'T911-000123',
      'payment_intent_data[description]': 'T911-000123',
      success_url: 'https://pay.ticket911.example/checkout/success?session_id={CHECKOUT_SESSION_ID}',
      cancel_url: 'https://pay.ticket911.example/checkout/cancel?quote=quote-7f3a',
      expires_at: '1772465400',
      locale: 'fr-CA',
      customer_email: 'marie.tremblay@example.com',
      customer_creation: 'if_required',
    });
    const { headers } = recorded[0];
    expect(headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(headers['idempotency-key']).toBe('checkout:quote-7f3a:1');
    expect(headers.authorization).toBe(`Bearer ${SECRET_KEY}`);
    expect(headers['stripe-version']).toBe(Stripe.API_VERSION);

    expect(summary).toEqual({
      id: SESSION_ID,
      url: CHECKOUT_URL,
      status: 'open',
      paymentStatus: 'unpaid',
      amountTotalCents: 57_373,
      currency: 'CAD',
      paymentIntentId: null,
      metadata: { caseId: 'case-91c2', quoteId: 'quote-7f3a' },
      customerEmail: 'marie.tremblay@example.com',
      customerName: null,
      expiresAt: new Date('2026-03-02T15:30:00.000Z'),
    });
  });

  it.each([
    ['fr', 'fr-CA'],
    ['en', 'en'],
    ['es', 'es-419'],
  ] as const)('opens Checkout in the client language (%s -> %s)', async (language, locale) => {
    const { recorded } = interceptCreate([{ status: 200, body: openSession() }]);
    await gateway().createCheckoutSession(checkoutRequest({ language, currency: 'USD', customerEmail: null }));
    expect(recorded[0].form.locale).toBe(locale);
    expect(recorded[0].form['line_items[0][price_data][currency]']).toBe('usd');
    // Unknown email: Checkout asks for it rather than receive an empty value.
    expect(recorded[0].form).not.toHaveProperty('customer_email');
    expect(Object.keys(recorded[0].form).some((key) => key.startsWith('payment_method_types'))).toBe(false);
  });

  it('retries a 500 with the same idempotency key when network retries are allowed', async () => {
    const { scope, recorded } = interceptCreate([
      { status: 500, body: stripeError({ type: 'api_error', message: 'An unknown error occurred' }) },
      { status: 200, body: openSession() },
    ]);

    const summary = await gateway({ maxNetworkRetries: 1 }).createCheckoutSession(checkoutRequest());

    scope.done();
    expect(summary.id).toBe(SESSION_ID);
    expect(recorded.map((request) => request.headers['idempotency-key'])).toEqual(['checkout:quote-7f3a:1', 'checkout:quote-7f3a:1']);
    expect(recorded[1].form).toEqual(recorded[0].form);
  });

  it('a 500 with no retries left reaches the caller as retryable', async () => {
    interceptCreate([{ status: 500, body: stripeError({ type: 'api_error', message: 'An unknown error occurred' }) }]);
    const error = await rejection(gateway().createCheckoutSession(checkoutRequest()));
    expect(error).toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect(isRetryableStripeError({ error })).toBe(true);
  });

  it('an idempotency key reused with other parameters is permanent, and the SDK does not retry it', async () => {
    const { scope, recorded } = interceptCreate([
      {
        status: 400,
        body: stripeError({
          type: 'idempotency_error',
          message:
            "Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than 'checkout:quote-7f3a:1' if you meant to execute a different request.",
        }),
      },
    ]);

    const error = await rejection(gateway({ maxNetworkRetries: 2 }).createCheckoutSession(checkoutRequest()));

    scope.done();
    expect(recorded).toHaveLength(1);
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(isRetryableStripeError({ error })).toBe(false);
  });

  it('an invalid parameter (expires_at out of range) is permanent', async () => {
    interceptCreate([
      {
        status: 400,
        body: stripeError({
          type: 'invalid_request_error',
          code: 'parameter_invalid_integer',
          param: 'expires_at',
          message: 'The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.',
        }),
      },
    ]);
    const error = await rejection(gateway().createCheckoutSession(checkoutRequest()));
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(isRetryableStripeError({ error })).toBe(false);
  });

  it('a 429 is retryable', async () => {
    interceptCreate([
      {
        status: 429,
        body: stripeError({ type: 'invalid_request_error', code: 'rate_limit', message: 'Too many requests made to the API too quickly' }),
      },
    ]);
    const error = await rejection(gateway().createCheckoutSession(checkoutRequest()));
    expect(error).toBeInstanceOf(Stripe.errors.StripeRateLimitError);
    expect(isRetryableStripeError({ error })).toBe(true);
  });

  it('a refused connection is retryable', async () => {
    // An Error instance: nock 14 never emits a plain object carrying a `code` (the request hangs).
    nock(STRIPE)
      .post('/v1/checkout/sessions')
      .replyWithError(Object.assign(new Error('connect ECONNREFUSED 203.0.113.7:443'), { code: 'ECONNREFUSED' }));
    const error = await rejection(gateway().createCheckoutSession(checkoutRequest()));
    expect(error).toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect(isRetryableStripeError({ error })).toBe(true);
  });
});

describe('createStripeGateway: reads', () => {
  it('retrieves a session and reads an expanded PaymentIntent and the prefilled email', async () => {
    nock(STRIPE)
      .get(`/v1/checkout/sessions/${SESSION_ID}`)
      .reply(
        200,
        checkoutSessionFixture({
          id: SESSION_ID,
          payment_intent: { id: 'pi_3RaBcDeFgHiJkLmN1oPqRsTu', object: 'payment_intent', status: 'succeeded' },
          customer_details: null,
          metadata: { quoteId: 'quote-7f3a' },
        }),
      );

    const summary = await gateway().retrieveCheckoutSession(SESSION_ID);

    expect(summary).toMatchObject({
      status: 'complete',
      paymentStatus: 'paid',
      paymentIntentId: 'pi_3RaBcDeFgHiJkLmN1oPqRsTu',
      metadata: { quoteId: 'quote-7f3a' },
      customerEmail: 'marie.tremblay@example.com',
      customerName: null,
    });
    expect(summary.metadata).not.toHaveProperty('caseId');
  });

  it('refuses a session status it does not know rather than guess', async () => {
    nock(STRIPE).get(`/v1/checkout/sessions/${SESSION_ID}`).reply(200, checkoutSessionFixture({ id: SESSION_ID, status: null }));
    const error = await rejection(gateway().retrieveCheckoutSession(SESSION_ID));
    expect(String(error)).toMatch(/unexpected status/);
    expect(isRetryableStripeError({ error })).toBe(false);
  });

  it('a missing session is a permanent 404', async () => {
    nock(STRIPE)
      .get('/v1/checkout/sessions/cs_test_missing')
      .reply(404, stripeError({ type: 'invalid_request_error', code: 'resource_missing', param: 'session', message: "No such checkout.session: 'cs_test_missing'" }));
    const error = await rejection(gateway().retrieveCheckoutSession('cs_test_missing'));
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(isRetryableStripeError({ error })).toBe(false);
  });

  it('finds the session of a PaymentIntent through the list endpoint', async () => {
    nock(STRIPE)
      .get('/v1/checkout/sessions')
      .query({ payment_intent: 'pi_3QxYzAbCdEfGhIjK0aBcDeFg', limit: '1' })
      .reply(200, {
        object: 'list',
        // The client typed another address on the Checkout page than the one we prefilled.
        data: [checkoutSessionFixture({ customer_details: { ...(checkoutSessionFixture().customer_details as object), email: 'marie.t@example.org' } })],
        has_more: false,
        url: '/v1/checkout/sessions',
      });

    const summary = await gateway().findCheckoutSessionByPaymentIntent('pi_3QxYzAbCdEfGhIjK0aBcDeFg');

    expect(summary).toMatchObject({
      paymentIntentId: 'pi_3QxYzAbCdEfGhIjK0aBcDeFg',
      customerEmail: 'marie.t@example.org',
      customerName: 'Marie Tremblay',
      currency: 'CAD',
    });
  });

  it('answers null when no session created that PaymentIntent', async () => {
    nock(STRIPE)
      .get('/v1/checkout/sessions')
      .query({ payment_intent: 'pi_elsewhere', limit: '1' })
      .reply(200, { object: 'list', data: [], has_more: false, url: '/v1/checkout/sessions' });
    await expect(gateway().findCheckoutSessionByPaymentIntent('pi_elsewhere')).resolves.toBeNull();
  });

  it("reads a charge's PaymentIntent, or null for a charge made without one", async () => {
    const charge = (id: string, paymentIntent: string | null) => ({
      id,
      object: 'charge',
      amount: 57_373,
      amount_captured: 57_373,
      amount_refunded: 57_373,
      captured: true,
      created: 1_767_261_700,
      currency: 'cad',
      livemode: false,
      metadata: {},
      paid: true,
      payment_intent: paymentIntent,
      refunded: true,
      status: 'succeeded',
    });
    nock(STRIPE)
      .get('/v1/charges/ch_3QxYzAbCdEfGhIjK0xYzAbCd')
      .reply(200, charge('ch_3QxYzAbCdEfGhIjK0xYzAbCd', 'pi_3QxYzAbCdEfGhIjK0aBcDeFg'))
      .get('/v1/charges/ch_legacy')
      .reply(200, charge('ch_legacy', null));

    await expect(gateway().retrieveChargePaymentIntent('ch_3QxYzAbCdEfGhIjK0xYzAbCd')).resolves.toBe('pi_3QxYzAbCdEfGhIjK0aBcDeFg');
    await expect(gateway().retrieveChargePaymentIntent('ch_legacy')).resolves.toBeNull();
  });

  it('sends Stripe no latency telemetry about earlier requests', async () => {
    const seen: (string | string[] | undefined)[] = [];
    nock(STRIPE)
      .get(`/v1/checkout/sessions/${SESSION_ID}`)
      .times(2)
      .reply(function () {
        seen.push(this.req.headers['x-stripe-client-telemetry']);
        // Stripe names every response; the SDK would report its latency on the next request.
        return [200, checkoutSessionFixture({ id: SESSION_ID }), { 'request-id': `req_T911telemetry${seen.length}` }];
      });
    const stripe = gateway();
    await stripe.retrieveCheckoutSession(SESSION_ID);
    await stripe.retrieveCheckoutSession(SESSION_ID);
    expect(seen).toEqual([undefined, undefined]);
  });

  it('sends requests to apiBaseUrl when given', async () => {
    const scope = nock('http://127.0.0.1:12111').get(`/v1/checkout/sessions/${SESSION_ID}`).reply(200, checkoutSessionFixture({ id: SESSION_ID }));
    await expect(gateway({ apiBaseUrl: 'http://127.0.0.1:12111' }).retrieveCheckoutSession(SESSION_ID)).resolves.toMatchObject({ id: SESSION_ID });
    scope.done();
  });
});

describe('createStripeGateway: constructEvent', () => {
  const event = stripeEventFixture({
    id: 'evt_1QxYzAbCdEfGhIjKlMnOpQrS',
    type: 'checkout.session.completed',
    object: checkoutSessionFixture(),
    created: Math.floor(Date.now() / 1000),
  });

  it('accepts a body signed with the endpoint secret', () => {
    const { body, signature } = signStripeEvent({ event, secret: WEBHOOK_SECRET });
    const verified = gateway().constructEvent(Buffer.from(body), signature);
    expect(verified).toMatchObject({ id: 'evt_1QxYzAbCdEfGhIjKlMnOpQrS', type: 'checkout.session.completed', data: { object: { id: checkoutSessionFixture().id } } });
  });

  it('rejects a body signed with another secret', () => {
    const { body, signature } = signStripeEvent({ event, secret: 'whsec_someone_else' });
    expect(() => gateway().constructEvent(Buffer.from(body), signature)).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });

  it('rejects a tampered body', () => {
    const { body, signature } = signStripeEvent({ event, secret: WEBHOOK_SECRET });
    const tampered = body.replace('"amount_total": 57373', '"amount_total": 1');
    expect(tampered).not.toBe(body);
    expect(() => gateway().constructEvent(Buffer.from(tampered), signature)).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });

  it('rejects a signature older than the 300 s tolerance (a replay)', () => {
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 360;
    const { body, signature } = signStripeEvent({ event, secret: WEBHOOK_SECRET, timestamp: sixMinutesAgo });
    expect(() => gateway().constructEvent(Buffer.from(body), signature)).toThrow(Stripe.errors.StripeSignatureVerificationError);
  });
});
