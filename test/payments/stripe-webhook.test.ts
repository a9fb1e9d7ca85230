import nock from 'nock';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkoutSessionFixture, stripeEventFixture } from '../../billing/stripe/test-support/checkout-session-fixture.js';
import { signStripeEvent } from '../../billing/stripe/test-support/sign-stripe-event.js';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { seedQuotedCase, type SeededQuote } from '../support/seed-quoted-case.js';

const WEBHOOK_SECRET = 'whsec_test_secret_for_the_webhook_tests_0123';
const STRIPE = 'https://api.stripe.com';
let eventNumber = 0;

/** Stripe's POST to our endpoint: the event JSON, signed with the endpoint's secret now (the SDK checks the real clock). */
function deliver(t: TestApp, event: Record<string, unknown>, secret = WEBHOOK_SECRET) {
  const { body, signature } = signStripeEvent({ event, secret, timestamp: Math.floor(Date.now() / 1000) });
  return request(t.app.express).post('/webhooks/stripe').set('Content-Type', 'application/json').set('Stripe-Signature', signature).send(body);
}

const event = (type: string, object: Record<string, unknown>, id = `evt_test_${++eventNumber}`) => stripeEventFixture({ id, type, object, created: 1_795_000_000 });

/** The session as Stripe returns it for this quote; the webhook re-fetches it. */
function sessionOf(seeded: SeededQuote, overrides: Record<string, unknown> = {}) {
  return checkoutSessionFixture({
    id: `cs_test_${seeded.quoteId.replaceAll('-', '')}`,
    amount_total: seeded.quote.totalCents,
    currency: seeded.quote.currency.toLowerCase(),
    metadata: { caseId: seeded.caseId, quoteId: seeded.quoteId, caseNumber: 'T911-000001' },
    payment_intent: `pi_test_${seeded.quoteId.slice(0, 8)}`,
    ...overrides,
  });
}

describe('POST /webhooks/stripe (signed events, session re-fetched from Stripe)', () => {
  let t: TestApp;

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    t = await createTestApp({
      clock: createTestClock('2026-11-21T15:00:00Z'),
      env: { STRIPE_SECRET_KEY: 'sk_test_webhooks', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET, GST_NUMBER: '123456789 RT0001', QST_NUMBER: '1234567890 TQ0001' },
    });
  });
  afterEach(() => {
    expect(nock.pendingMocks()).toEqual([]);
    nock.cleanAll();
  });
  afterAll(async () => {
    nock.enableNetConnect();
    await t.close();
  });

  const jobsOf = (conversationId: string) => t.db.prisma.scheduledJob.findMany({ where: { conversationId }, orderBy: { createdAt: 'asc' } });

  it('rejects a missing, forged, tampered or stale signature with 400, before reading the event', async () => {
    const seeded = await seedQuotedCase({ prisma: t.db.prisma });
    const completed = event('checkout.session.completed', sessionOf(seeded));
    await request(t.app.express).post('/webhooks/stripe').set('Content-Type', 'application/json').send(JSON.stringify(completed)).expect(400, { error: { code: 'missing_signature', message: 'Stripe-Signature header is missing' } });
    expect((await deliver(t, completed, 'whsec_someone_else')).status).toBe(400);
    const { signature } = signStripeEvent({ event: completed, secret: WEBHOOK_SECRET, timestamp: Math.floor(Date.now() / 1000) });
    const tampered = JSON.stringify({ ...completed, id: 'evt_forged' });
    const res = await request(t.app.express).post('/webhooks/stripe').set('Content-Type', 'application/json').set('Stripe-Signature', signature).send(tampered);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_signature');
    const stale = signStripeEvent({ event: completed, secret: WEBHOOK_SECRET, timestamp: Math.floor(Date.now() / 1000) - 3600 });
    expect((await request(t.app.express).post('/webhooks/stripe').set('Content-Type', 'application/json').set('Stripe-Signature', stale.signature).send(stale.body)).status).toBe(400);
    expect(await t.db.prisma.stripeEvent.count()).toBe(0);
    expect(await t.db.prisma.payment.count({ where: { quoteId: seeded.quoteId } })).toBe(0);
    // Rejected signatures are counted like the other providers' webhooks.
    const metrics = await request(t.app.express).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/ticket911_webhook_requests_total\{route="\/webhooks\/stripe",status="400"\} 4/);
  });

  it('records a completed, paid session once: payment, invoice, case paid, PAYMENT.RECEIVED for the chat; a replay is a duplicate', async () => {
    const seeded = await seedQuotedCase({ prisma: t.db.prisma, email: 'marie@example.ca' });
    const session = sessionOf(seeded);
    // The payload claims nothing we trust: only the re-fetched session counts.
    const completed = event('checkout.session.completed', { id: session.id, object: 'checkout.session', payment_status: 'paid', amount_total: 1 });
    nock(STRIPE).get(`/v1/checkout/sessions/${session.id}`).reply(200, session);
    const first = await deliver(t, completed).expect(200);
    expect(first.body).toEqual({ received: true, outcome: 'paid' });

    const payment = await t.db.prisma.payment.findUniqueOrThrow({ where: { providerRef: session.payment_intent as string } });
    expect(payment).toMatchObject({ method: 'card', status: 'succeeded', amountCents: seeded.quote.totalCents, currency: 'CAD', checkoutSessionId: session.id, recordedBy: 'stripe' });
    const invoice = await t.db.prisma.invoice.findUniqueOrThrow({ where: { paymentId: payment.id } });
    expect(invoice.number).toMatch(/^2026-\d{6}$/);
    expect(invoice.document).toMatchObject({ client: { name: 'Marie Tremblay', email: 'marie@example.ca' }, totalCents: seeded.quote.totalCents, taxes: seeded.quote.taxes });
    expect((await t.db.prisma.case.findUniqueOrThrow({ where: { id: seeded.caseId } })).status).toBe('paid');
    expect((await t.db.prisma.quote.findUniqueOrThrow({ where: { id: seeded.quoteId } })).status).toBe('paid');
    const [job] = await jobsOf(seeded.conversationId);
    expect(job!.event).toMatchObject({ type: 'PAYMENT.RECEIVED', quoteId: seeded.quoteId, amountCents: seeded.quote.totalCents, currency: 'CAD', method: 'card', invoiceNumber: invoice.number });
    expect(await t.db.prisma.outboundEmail.count({ where: { invoiceId: invoice.id, to: 'marie@example.ca' } })).toBe(1);

    // Stripe delivers the same event again: nothing is fetched, nothing recorded twice.
    expect((await deliver(t, completed).expect(200)).body.outcome).toBe('duplicate');
    expect(await t.db.prisma.invoice.count({ where: { caseId: seeded.caseId } })).toBe(1);
  });

  it('treats async_payment_succeeded after completed, and expired after paid, as the same payment (out of order, no second invoice)', async () => {
    const seeded = await seedQuotedCase({ prisma: t.db.prisma });
    const session = sessionOf(seeded);
    nock(STRIPE).get(`/v1/checkout/sessions/${session.id}`).times(3).reply(200, session);
    expect((await deliver(t, event('checkout.session.async_payment_succeeded', { id: session.id })).expect(200)).body.outcome).toBe('paid');
    expect((await deliver(t, event('checkout.session.completed', { id: session.id })).expect(200)).body.outcome).toBe('payment_already_recorded');
    expect((await deliver(t, event('checkout.session.expired', { id: session.id })).expect(200)).body.outcome).toBe('payment_already_recorded');
    expect(await t.db.prisma.invoice.count({ where: { caseId: seeded.caseId } })).toBe(1);
    expect((await jobsOf(seeded.conversationId)).filter((j) => (j.event as { type: string }).type === 'PAYMENT.RECEIVED')).toHaveLength(1);
  });

  it('says a bank payment is processing, then that it failed, without marking anything paid', async () => {
    const seeded = await seedQuotedCase({ prisma: t.db.prisma });
    const unpaid = sessionOf(seeded, { payment_status: 'unpaid', status: 'complete' });
    nock(STRIPE).get(`/v1/checkout/sessions/${unpaid.id}`).twice().reply(200, unpaid);
    expect((await deliver(t, event('checkout.session.completed', { id: unpaid.id })).expect(200)).body.outcome).toBe('processing');
    expect((await deliver(t, event('checkout.session.async_payment_failed', { id: unpaid.id })).expect(200)).body.outcome).toBe('failed');
    expect((await jobsOf(seeded.conversationId)).map((j) => (j.event as { type: string }).type)).toEqual(['PAYMENT.PROCESSING', 'PAYMENT.FAILED']);
    expect(await t.db.prisma.payment.count({ where: { quoteId: seeded.quoteId } })).toBe(0);
  });

  it('flags the case and tells the driver nothing when the amount or the currency differs from the quote', async () => {
    const seeded = await seedQuotedCase({ prisma: t.db.prisma });
    const short = sessionOf(seeded, { amount_total: seeded.quote.totalCents - 1 });
    nock(STRIPE).get(`/v1/checkout/sessions/${short.id}`).reply(200, short);
    expect((await deliver(t, event('checkout.session.completed', { id: short.id })).expect(200)).body.outcome).toBe('flagged');
    const theCase = await t.db.prisma.case.findUniqueOrThrow({ where: { id: seeded.caseId } });
    expect(theCase).toMatchObject({ status: 'analysed', flagReason: 'payment_amount_mismatch' });
    expect(theCase.flaggedAt).not.toBeNull();
    expect(await jobsOf(seeded.conversationId)).toEqual([]);
    expect(await t.db.prisma.invoice.count({ where: { caseId: seeded.caseId } })).toBe(0);

    const other = await seedQuotedCase({ prisma: t.db.prisma });
    const usd = sessionOf(other, { currency: 'usd' });
    nock(STRIPE).get(`/v1/checkout/sessions/${usd.id}`).reply(200, usd);
    expect((await deliver(t, event('checkout.session.completed', { id: usd.id })).expect(200)).body.outcome).toBe('flagged');
  });

  it('records a refund that arrives before the completed event, so the late completed event marks nothing paid', async () => {
    const seeded = await seedQuotedCase({ prisma: t.db.prisma });
    const session = sessionOf(seeded);
    const pi = session.payment_intent as string;
    nock(STRIPE)
      .get('/v1/charges/ch_test_refunded')
      .reply(200, { id: 'ch_test_refunded', object: 'charge', payment_intent: pi, amount: seeded.quote.totalCents, amount_refunded: seeded.quote.totalCents, refunded: true, currency: 'cad' })
      .get('/v1/checkout/sessions')
      .query({ payment_intent: pi, limit: '1' })
      .reply(200, { object: 'list', data: [session], has_more: false, url: '/v1/checkout/sessions' })
      .get(`/v1/checkout/sessions/${session.id}`)
      .reply(200, session);
    expect((await deliver(t, event('charge.refunded', { id: 'ch_test_refunded', object: 'charge', payment_intent: pi })).expect(200)).body.outcome).toBe('refunded');
    expect((await deliver(t, event('checkout.session.completed', { id: session.id })).expect(200)).body.outcome).toBe('payment_already_recorded');
    expect(await t.db.prisma.payment.findUniqueOrThrow({ where: { providerRef: pi } })).toMatchObject({ status: 'refunded' });
    expect(await t.db.prisma.case.findUniqueOrThrow({ where: { id: seeded.caseId } })).toMatchObject({ flagReason: 'payment_refunded', status: 'analysed' });
    expect(await jobsOf(seeded.conversationId)).toEqual([]);
  });

  it('flags a disputed payment for a person', async () => {
    const seeded = await seedQuotedCase({ prisma: t.db.prisma });
    const session = sessionOf(seeded);
    nock(STRIPE).get(`/v1/checkout/sessions/${session.id}`).reply(200, session);
    await deliver(t, event('checkout.session.completed', { id: session.id })).expect(200);
    nock(STRIPE).get('/v1/charges/ch_test_disputed').reply(200, { id: 'ch_test_disputed', object: 'charge', payment_intent: session.payment_intent });
    const dispute = { id: 'dp_test_1', object: 'dispute', charge: 'ch_test_disputed', amount: seeded.quote.totalCents, reason: 'fraudulent', status: 'needs_response' };
    expect((await deliver(t, event('charge.dispute.created', dispute)).expect(200)).body.outcome).toBe('disputed');
    expect(await t.db.prisma.case.findUniqueOrThrow({ where: { id: seeded.caseId } })).toMatchObject({ flagReason: 'payment_disputed' });
    expect(await t.db.prisma.auditLog.count({ where: { caseId: seeded.caseId, action: 'payment.disputed' } })).toBe(1);
  });

  it('answers 500 when Stripe cannot be reached, so Stripe retries, and processes the retry', async () => {
    const seeded = await seedQuotedCase({ prisma: t.db.prisma });
    const session = sessionOf(seeded);
    const completed = event('checkout.session.completed', { id: session.id });
    nock(STRIPE).get(`/v1/checkout/sessions/${session.id}`).times(3).reply(500, { error: { type: 'api_error', message: 'down' } });
    expect((await deliver(t, completed)).status).toBe(500);
    nock(STRIPE).get(`/v1/checkout/sessions/${session.id}`).reply(200, session);
    expect((await deliver(t, completed).expect(200)).body.outcome).toBe('paid');
  });

  it('rejects for good, with 200, an event whose session Stripe says does not exist (no three days of retries)', async () => {
    nock(STRIPE).get('/v1/checkout/sessions/cs_test_other_account').reply(404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: 'No such checkout.session' } });
    const missing = event('checkout.session.completed', { id: 'cs_test_other_account' });
    expect((await deliver(t, missing).expect(200)).body.outcome).toBe('rejected');
    expect(await t.db.prisma.stripeEvent.findUniqueOrThrow({ where: { id: missing.id as string } })).toMatchObject({ status: 'rejected' });
    expect((await deliver(t, missing).expect(200)).body.outcome).toBe('duplicate');
  });

  it('ignores events of other types and sessions that are not ours', async () => {
    expect((await deliver(t, event('customer.created', { id: 'cus_1', object: 'customer' })).expect(200)).body.outcome).toBe('ignored');
    const foreign = checkoutSessionFixture({ id: 'cs_test_not_ours', metadata: {} });
    nock(STRIPE).get('/v1/checkout/sessions/cs_test_not_ours').reply(200, foreign);
    expect((await deliver(t, event('checkout.session.completed', { id: 'cs_test_not_ours' })).expect(200)).body.outcome).toBe('ignored');
  });
  it('pay link: a lapsed quote answers 410, a paid one says so, an unknown token 404, and Stripe down 503 with a page to retry', async () => {
    const expired = await seedQuotedCase({ prisma: t.db.prisma, now: new Date('2026-11-01T12:00:00Z'), validDays: 7 });
    const page = await request(t.app.express).get(`/pay/${expired.payToken}`).expect(410);
    expect(page.text).toContain('Soumission expirée');
    expect(page.headers['cache-control']).toBe('no-store');
    expect((await request(t.app.express).get('/pay/AAAAAAAAAAAAAAAAAAAAAA').expect(404)).text).toContain('Lien introuvable');

    const seeded = await seedQuotedCase({ prisma: t.db.prisma, language: 'en', now: t.clock.now() });
    nock(STRIPE).post('/v1/checkout/sessions').times(3).reply(500, { error: { type: 'api_error', message: 'down' } });
    // The browser's language: the quote's client is not known when Stripe fails.
    expect((await request(t.app.express).get(`/pay/${seeded.payToken}`).set('Accept-Language', 'en-CA,en;q=0.9').expect(503)).text).toContain('Payment unavailable');

    const session = sessionOf(seeded);
    nock(STRIPE).get(`/v1/checkout/sessions/${session.id}`).reply(200, session);
    await deliver(t, event('checkout.session.completed', { id: session.id })).expect(200);
    expect((await request(t.app.express).get(`/pay/${seeded.payToken}`).expect(200)).text).toContain('Already paid');
  });

  it('success page: confirms with Stripe the session named in the URL only when it belongs to the quote', async () => {
    const seeded = await seedQuotedCase({ prisma: t.db.prisma, now: t.clock.now() });
    const other = await seedQuotedCase({ prisma: t.db.prisma, now: t.clock.now() });
    const foreign = sessionOf(other);
    nock(STRIPE).get(`/v1/checkout/sessions/${foreign.id}`).reply(200, foreign);
    await request(t.app.express).get(`/pay/${seeded.payToken}/done`).query({ session_id: foreign.id }).expect(404);
    expect(await t.db.prisma.payment.count({ where: { quoteId: other.quoteId } })).toBe(0);

    const mine = sessionOf(seeded);
    nock(STRIPE).get(`/v1/checkout/sessions/${mine.id}`).reply(200, mine);
    const thanks = await request(t.app.express).get(`/pay/${seeded.payToken}/done`).query({ session_id: mine.id }).set('Accept-Language', 'fr-CA').expect(200);
    expect(thanks.text).toContain('Nous avons reçu votre paiement');
    // A missed webhook does not leave the driver waiting: the return recorded the payment.
    expect(await t.db.prisma.payment.count({ where: { quoteId: seeded.quoteId, status: 'succeeded' } })).toBe(1);
  });
});
