import nock from 'nock';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkoutSessionFixture, stripeEventFixture } from '../../billing/stripe/test-support/checkout-session-fixture.js';
import { signStripeEvent } from '../../billing/stripe/test-support/sign-stripe-event.js';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { seedQuotedCase, type SeededQuote } from '../support/seed-quoted-case.js';

const WEBHOOK_SECRET = 'whsec_test_secret_for_the_disorder_tests_01';
const STRIPE = 'https://api.stripe.com';
let eventNumber = 0;

function deliver(t: TestApp, event: Record<string, unknown>) {
  const { body, signature } = signStripeEvent({ event, secret: WEBHOOK_SECRET, timestamp: Math.floor(Date.now() / 1000) });
  return request(t.app.express).post('/webhooks/stripe').set('Content-Type', 'application/json').set('Stripe-Signature', signature).send(body);
}

const event = (type: string, object: Record<string, unknown>, id = `evt_disorder_${++eventNumber}`) => stripeEventFixture({ id, type, object, created: 1_795_000_000 });

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

/**
 * What test/payments/stripe-webhook.test.ts does not already cover of Stripe's
 * duplicated and out-of-order deliveries: the same event twice at the same
 * time, two different events completing one session at the same time, a
 * dispute before the completed event, and a late "completed" after the bank
 * said the payment failed.
 */
describe('Stripe events duplicated and out of order', () => {
  let t: TestApp;

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    t = await createTestApp({ clock: createTestClock('2026-11-21T15:00:00Z'), env: { STRIPE_SECRET_KEY: 'sk_test_disorder', STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET } });
  });
  afterEach(() => nock.cleanAll());
  afterAll(async () => {
    nock.enableNetConnect();
    await t.close();
  });

  const paymentReceivedJobs = async (conversationId: string) =>
    (await t.db.prisma.scheduledJob.findMany({ where: { conversationId } })).filter((job) => (job.event as { type: string }).type === 'PAYMENT.RECEIVED');

  /** Anything non-2xx is retried by Stripe with the same event: deliver it again until it is. */
  async function deliverUntilAcknowledged(e: Record<string, unknown>): Promise<string[]> {
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const res = await deliver(t, e);
      if (res.status === 200) {
        outcomes.push(res.body.outcome as string);
        return outcomes;
      }
      outcomes.push(`HTTP ${res.status}`);
    }
    throw new Error(`never acknowledged: ${outcomes.join(', ')}`);
  }

  it('the same event delivered twice at the same time: one payment, one invoice, one message to the driver', async () => {
    const seeded = await seedQuotedCase({ prisma: t.db.prisma });
    const session = sessionOf(seeded);
    nock(STRIPE).get(`/v1/checkout/sessions/${session.id}`).times(4).reply(200, session);
    const completed = event('checkout.session.completed', { id: session.id });
    const [a, b] = await Promise.all([deliver(t, completed), deliver(t, completed)]);
    // Whichever lost the race is a duplicate or asked to be retried (then a duplicate): never a second payment.
    const outcomes = [a, b].map((res) => (res.status === 200 ? (res.body.outcome as string) : `HTTP ${res.status}`));
    expect(outcomes).toContain('paid');
    for (const res of [a, b]) if (res.status !== 200) expect(await deliverUntilAcknowledged(completed)).toEqual(['duplicate']);
    expect(await t.db.prisma.payment.count({ where: { quoteId: seeded.quoteId } })).toBe(1);
    expect(await t.db.prisma.invoice.count({ where: { caseId: seeded.caseId } })).toBe(1);
    expect(await paymentReceivedJobs(seeded.conversationId)).toHaveLength(1);
    expect(await t.db.prisma.stripeEvent.count({ where: { id: completed.id as string } })).toBe(1);
  });

  it('two different events completing the same session at the same time: one payment, one invoice', async () => {
    const seeded = await seedQuotedCase({ prisma: t.db.prisma });
    const session = sessionOf(seeded);
    nock(STRIPE).get(`/v1/checkout/sessions/${session.id}`).times(6).reply(200, session);
    const completed = event('checkout.session.completed', { id: session.id });
    const succeeded = event('checkout.session.async_payment_succeeded', { id: session.id });
    const results = await Promise.all([deliver(t, completed), deliver(t, succeeded)]);
    for (const [i, res] of results.entries()) if (res.status !== 200) await deliverUntilAcknowledged(i === 0 ? completed : succeeded);
    expect(await t.db.prisma.payment.count({ where: { quoteId: seeded.quoteId } })).toBe(1);
    expect(await t.db.prisma.invoice.count({ where: { caseId: seeded.caseId } })).toBe(1);
    expect(await paymentReceivedJobs(seeded.conversationId)).toHaveLength(1);
    expect(await t.db.prisma.outboundEmail.count({ where: { caseId: seeded.caseId } })).toBeLessThanOrEqual(1);
  });

  it('a dispute that arrives before the completed event: recorded, flagged, and the late completed marks nothing paid', async () => {
    const seeded = await seedQuotedCase({ prisma: t.db.prisma });
    const session = sessionOf(seeded);
    const pi = session.payment_intent as string;
    nock(STRIPE)
      .get('/v1/charges/ch_test_early_dispute')
      .reply(200, { id: 'ch_test_early_dispute', object: 'charge', payment_intent: pi, amount: seeded.quote.totalCents, currency: 'cad' })
      .get('/v1/checkout/sessions')
      .query({ payment_intent: pi, limit: '1' })
      .reply(200, { object: 'list', data: [session], has_more: false, url: '/v1/checkout/sessions' })
      .get(`/v1/checkout/sessions/${session.id}`)
      .times(2)
      .reply(200, session);
    const dispute = { id: 'dp_test_early', object: 'dispute', charge: 'ch_test_early_dispute', amount: seeded.quote.totalCents, reason: 'fraudulent', status: 'needs_response' };
    expect((await deliver(t, event('charge.dispute.created', dispute)).expect(200)).body.outcome).toBe('disputed');
    expect((await deliver(t, event('checkout.session.completed', { id: session.id })).expect(200)).body.outcome).toBe('payment_already_recorded');
    expect(await t.db.prisma.payment.findUniqueOrThrow({ where: { providerRef: pi } })).toMatchObject({ status: 'disputed' });
    expect(await t.db.prisma.case.findUniqueOrThrow({ where: { id: seeded.caseId } })).toMatchObject({ flagReason: 'payment_disputed' });
    expect(await paymentReceivedJobs(seeded.conversationId)).toHaveLength(0);
  });

  // A late unpaid "completed" used to schedule PAYMENT.PROCESSING after PAYMENT.FAILED, and the machine said
  // "payment.processing" after "failed"; process-stripe-event.ts now skips it when the failure is recorded.
  it('a bank payment that failed, then a late "completed" (unpaid): the driver is not told it is processing after it failed', async () => {
    const seeded = await seedQuotedCase({ prisma: t.db.prisma });
    const unpaid = sessionOf(seeded, { payment_status: 'unpaid', status: 'complete' });
    nock(STRIPE).get(`/v1/checkout/sessions/${unpaid.id}`).twice().reply(200, unpaid);
    expect((await deliver(t, event('checkout.session.async_payment_failed', { id: unpaid.id })).expect(200)).body.outcome).toBe('failed');
    await deliver(t, event('checkout.session.completed', { id: unpaid.id })).expect(200);
    const told = (await t.db.prisma.scheduledJob.findMany({ where: { conversationId: seeded.conversationId }, orderBy: { createdAt: 'asc' } })).map((j) => (j.event as { type: string }).type);
    expect(told).toEqual(['PAYMENT.FAILED']);
    expect(await t.db.prisma.payment.count({ where: { quoteId: seeded.quoteId } })).toBe(0);
  });
});
