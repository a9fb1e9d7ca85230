import nock from 'nock';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createResendEmailSender } from '../../channels/email/create-resend-email-sender.js';
import { createLogger } from '../../bot/logging/create-logger.js';
import { recordPayment } from '../../bot/payments/record-payment.js';
import { createEmailOutbox } from '../../bot/runtime/create-email-outbox.js';
import { createStatsService } from '../../bot/stats/create-stats-service.js';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { seedCaseInReview } from '../support/seed-case-in-review.js';
import { seedQuotedCase } from '../support/seed-quoted-case.js';

const SLACK_SECRET = 'slack-signing-secret-for-tests-0123';
const STAFF_TOKEN = 'staff-token-faults-0123456789abcdef';
const CHANNEL = 'CQCLAWYERS';
const RESEND = 'https://api.resend.com';
const HOUR = 3_600_000;

/**
 * Provider send failures the outboxes must absorb: Slack's chat.postMessage
 * (the Web API SDK, no retries of its own) and Resend (its SDK), each through
 * nock in the provider's documented wire shape. Twilio's are in
 * test/runtime/outbox-dispatcher.test.ts (loopback server).
 */
describe('send failures: retried with backoff through the outbox, no duplicates, dead after N and visible to staff', () => {
  let t: TestApp;
  const clock = createTestClock('2026-11-21T15:00:00Z');

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    t = await createTestApp({
      clock,
      env: { SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SLACK_SECRET, SLACK_CHANNEL_QC: CHANNEL, SLACK_LAWYERS_USERGROUP_ID: 'SLAWYERS', STAFF_API_TOKEN: STAFF_TOKEN },
    });
  });
  afterEach(() => nock.cleanAll());
  afterAll(async () => {
    nock.enableNetConnect();
    await t.close();
  });

  /** chat.postMessage answers `answers` in order, then posts; every call counted. */
  function slackPostMessage(answers: { status: number; body: object; headers?: Record<string, string> }[]) {
    const calls: string[] = [];
    let ts = 0;
    nock('https://slack.com')
      .persist()
      .post('/api/chat.postMessage')
      .reply(() => {
        calls.push('chat.postMessage');
        const next = answers.shift();
        if (next) return [next.status, next.body, next.headers ?? {}];
        return [200, { ok: true, channel: CHANNEL, ts: `1763740000.00${String(++ts).padStart(4, '0')}` }];
      });
    return calls;
  }

  /** The seed's turn kicks the Slack outbox in the background: wait for that first attempt to be recorded. */
  async function firstAttemptOf(reviewId: string) {
    for (let i = 0; i < 500; i++) {
      const post = await t.db.prisma.slackPost.findFirstOrThrow({ where: { reviewId, kind: 'card' } });
      if (post.attempts >= 1 && post.status !== 'sending') return post;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the card was never tried');
  }

  async function staffStats() {
    return (await request(t.app.express).get('/api/v1/stats').set('authorization', `Bearer ${STAFF_TOKEN}`).expect(200)).body as {
      followUps: { failed: { counts: Record<string, number>; recent: { kind: string; id: string; code: string | null }[] } };
    };
  }

  it('Slack 429 with Retry-After: the card waits for it (longer than the backoff), then is posted exactly once', async () => {
    const calls = slackPostMessage([{ status: 429, body: { ok: false, error: 'ratelimited' }, headers: { 'retry-after': '30' } }]);
    const { reviewId } = await seedCaseInReview({ t, firstName: 'Léa' });
    const post = await firstAttemptOf(reviewId);
    expect(post).toMatchObject({ status: 'pending', attempts: 1, lastError: 'rate_limited' });
    expect(calls).toHaveLength(1);

    // Past the 15 s backoff of a first attempt, before Slack's 30 s: still waiting.
    clock.advance(20_000);
    await t.app.slackOutbox.runOnce();
    expect(calls).toHaveLength(1);

    clock.advance(10_000);
    await t.app.slackOutbox.runOnce();
    await t.app.slackOutbox.runOnce();
    expect(calls).toHaveLength(2);
    const sent = await t.db.prisma.slackPost.findFirstOrThrow({ where: { reviewId, kind: 'card' } });
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect((await t.db.prisma.lawyerReview.findUniqueOrThrow({ where: { id: reviewId } })).slackTs).toBe(sent.slackTs);
  });

  it('Slack 503 eight times: the card is dead with its code, and staff see it in /api/v1/stats', async () => {
    const calls = slackPostMessage(Array.from({ length: 8 }, () => ({ status: 503, body: { ok: false, error: 'service_unavailable' } })));
    const { reviewId } = await seedCaseInReview({ t, firstName: 'Zoé' });
    await firstAttemptOf(reviewId);
    for (let i = 0; i < 10; i++) {
      clock.advance(HOUR);
      await t.app.slackOutbox.runOnce();
    }
    const card = await t.db.prisma.slackPost.findFirstOrThrow({ where: { reviewId, kind: 'card' } });
    expect(card).toMatchObject({ status: 'dead', attempts: 8, lastError: 'http_503' });
    expect(calls).toHaveLength(8);
    const { followUps } = await staffStats();
    expect(followUps.failed.counts.slack).toBe(1);
    expect(followUps.failed.recent).toContainEqual(expect.objectContaining({ kind: 'slack', id: card.id, code: 'http_503' }));
  });

  describe('Resend (real SDK)', () => {
    const billing = { firm: { name: 'Ticket911 Avocats inc.', addressLines: ['Montréal'], email: 'facturation@example.ca', phone: null, taxRegistrations: [] }, timeZone: 'America/Montreal' };
    const logger = createLogger({ level: 'silent' });
    const sender = createResendEmailSender({ apiKey: 're_test_T911exampleNotReal', from: 'Ticket911 <recus@ticket911.example>' });
    const emailOutbox = () => createEmailOutbox({ prisma: t.db.prisma, sender, publicBaseUrl: 'https://bot.example.test', logger, now: clock.now });

    async function receiptFor(email: string) {
      const seeded = await seedQuotedCase({ prisma: t.db.prisma, email, now: clock.now() });
      const result = await recordPayment({
        prisma: t.db.prisma,
        quoteId: seeded.quoteId,
        method: 'card',
        providerRef: `pi_${seeded.quoteId}`,
        amountCents: seeded.quote.totalCents,
        currency: 'CAD',
        receivedAt: clock.now(),
        recordedBy: 'stripe',
        billing,
        publicBaseUrl: 'https://bot.example.test',
        now: clock.now(),
      });
      return t.db.prisma.outboundEmail.findFirstOrThrow({ where: { caseId: seeded.caseId, invoiceId: result.status === 'recorded' ? result.invoiceId : '' } });
    }

    /** POST /emails answers `answers` in order, then accepts; the Idempotency-Key of every request kept. */
    function resendEmails(answers: { status: number; body: object; headers?: Record<string, string> }[]) {
      const keys: string[] = [];
      nock(RESEND)
        .persist()
        .post('/emails')
        .reply(function () {
          keys.push(String(this.req.headers['idempotency-key']));
          const next = answers.shift();
          if (next) return [next.status, next.body, next.headers ?? {}];
          return [200, { id: `49a3999c-0ce1-4ea6-ab68-${String(keys.length).padStart(12, '0')}` }];
        });
      return keys;
    }

    it('500 then 429 with Retry-After then 200: one email, the same idempotency key on every try', async () => {
      const row = await receiptFor('retry@example.ca');
      const keys = resendEmails([
        { status: 500, body: { statusCode: 500, name: 'internal_server_error', message: 'An unexpected error occurred.' } },
        { status: 429, body: { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests.' }, headers: { 'retry-after': '120' } },
      ]);
      const outbox = emailOutbox();
      await outbox.runOnce();
      expect(await t.db.prisma.outboundEmail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'pending', attempts: 1 });
      clock.advance(HOUR);
      await outbox.runOnce();
      expect(await t.db.prisma.outboundEmail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'pending', attempts: 2, lastError: 'rate_limit_exceeded' });
      clock.advance(60_000);
      await outbox.runOnce();
      expect(keys).toHaveLength(2);
      clock.advance(60_000);
      await outbox.runOnce();
      await outbox.runOnce();
      expect(keys).toHaveLength(3);
      expect(new Set(keys)).toEqual(new Set([row.id]));
      expect(await t.db.prisma.outboundEmail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'sent', attempts: 3 });
    });

    it('502 eight times: the email is dead and staff see it in the stats', async () => {
      const row = await receiptFor('dead@example.ca');
      const keys = resendEmails(Array.from({ length: 8 }, () => ({ status: 502, body: { statusCode: 502, name: 'bad_gateway', message: 'Bad gateway' } })));
      const outbox = emailOutbox();
      for (let i = 0; i < 10; i++) {
        await outbox.runOnce();
        clock.advance(6 * HOUR);
      }
      const dead = await t.db.prisma.outboundEmail.findUniqueOrThrow({ where: { id: row.id } });
      expect(dead).toMatchObject({ status: 'dead', attempts: 8 });
      expect(keys).toHaveLength(8);
      const stats = await createStatsService({ prisma: t.db.prisma, now: clock.now }).compute();
      expect(stats.followUps.failed.counts.emails).toBe(1);
      expect(stats.followUps.failed.recent).toContainEqual(expect.objectContaining({ kind: 'email', id: row.id }));
    });
  });
});
