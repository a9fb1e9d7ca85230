import request, { type Test } from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { type FakeTwilio, startFakeTwilio } from '../support/start-fake-twilio.js';
import { twilioDriver } from '../support/twilio-driver.js';
import { openWebChat } from '../support/web-chat-driver.js';

const NOTICE_FR = 'Vous envoyez des messages plus vite que nous ne pouvons les lire. Nous lirons votre prochain message dans environ une minute.';
const NOTICE_EN = 'You are sending messages faster than we can read them. We will read your next message in about a minute.';
const OUR_QC_NUMBER = '+15145550100';

describe('per-address budgets on every public route family (429 rate_limited + Retry-After)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        RATE_LIMIT_WEBHOOK_PER_MINUTE: '2',
        RATE_LIMIT_CHAT_PER_MINUTE: '2',
        RATE_LIMIT_PAGES_PER_MINUTE: '2',
        RATE_LIMIT_API_PER_MINUTE: '2',
        // The address behind the proxy is the client (req.ip follows TRUST_PROXY).
        TRUST_PROXY: 'loopback',
      },
    });
  });
  afterAll(async () => {
    await t.close();
  });

  const app = () => t.app.express;
  // Three requests to one family: the third is over a budget of 2. Families with
  // several prefixes (/sign and /signed) share one budget, so they alternate.
  const FAMILIES: [route: string, send: (i: number) => Test][] = [
    ['twilio', () => request(app()).post('/webhooks/twilio/messaging').type('form').send({ Body: 'x' })],
    ['stripe', () => request(app()).post('/webhooks/stripe').send({})],
    ['botframework', () => request(app()).post('/api/messages').send({})],
    ['slack', () => request(app()).post('/slack/events').send({})],
    ['chat', () => request(app()).post('/chat/sessions').send({})],
    ['signing', (i) => request(app()).get(i % 2 ? '/signed/not-a-token' : '/sign/not-a-token')],
    ['payment', (i) => request(app()).get(i % 2 ? '/invoices/not-a-token' : '/pay/not-a-token')],
    ['documents', () => request(app()).get('/documents/not-a-token')],
    ['data_export', () => request(app()).get('/privacy/my-data/not-a-token')],
    ['staff', () => request(app()).get('/staff')],
    ['api', () => request(app()).get('/api/v1/openapi.json')],
  ];

  it.each(FAMILIES)('%s: within the budget the route answers; over it, 429 with Retry-After and nothing behind it runs', async (route, send) => {
    for (const i of [0, 1]) {
      const res = await send(i);
      expect(res.status, `request ${i + 1}`).not.toBe(429);
      expect(res.headers['ratelimit-limit']).toBe('2');
    }
    const refused = await send(2);
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
    // Two per minute: a token comes back every 30 s.
    expect(refused.headers['retry-after']).toBe('30');
    expect(refused.headers['ratelimit-remaining']).toBe('0');
    const metrics = await request(app()).get('/metrics').expect(200);
    expect(metrics.text).toContain(`ticket911_rate_limited_total{route="${route}"} 1`);
  });

  it('the budget comes back with time: one request every window/limit', async () => {
    // The table above spent this address's chat budget (each family counts on its own: every row's first two passed).
    await request(app()).post('/chat/sessions').send({}).expect(429);
    t.clock.advance(30_000);
    await request(app()).post('/chat/sessions').send({}).expect(201);
    await request(app()).post('/chat/sessions').send({}).expect(429);
  });

  it('counts the client behind the proxy, not the proxy: another address has its own budget', async () => {
    const from = (ip: string) => request(app()).post('/chat/sessions').set('X-Forwarded-For', ip).send({});
    await from('203.0.113.9').expect(201);
    await from('203.0.113.9').expect(201);
    await from('203.0.113.9').expect(429);
    await from('198.51.100.4').expect(201);
  });

  it('never limits the probes and the metrics scrape', async () => {
    for (let i = 0; i < 5; i++) {
      await request(app()).get('/healthz').expect(200);
      await request(app()).get('/metrics').expect(200);
    }
  });
});

describe('per-driver budgets and wrong staff tokens', () => {
  let t: TestApp;
  let fake: FakeTwilio;
  let phone = 0;
  const nextPhone = () => `+1514555${String(2000 + ++phone)}`;
  const STAFF_TOKEN = 'service-token-for-the-rate-limit-tests-0123456789';

  beforeAll(async () => {
    fake = await startFakeTwilio();
    t = await createTestApp({
      env: {
        TWILIO_ACCOUNT_SID: fake.accountSid,
        TWILIO_AUTH_TOKEN: fake.authToken,
        TWILIO_API_BASE_URL: fake.baseUrl,
        TWILIO_NUMBER_QC: OUR_QC_NUMBER,
        STAFF_API_TOKEN: STAFF_TOKEN,
        RATE_LIMIT_SENDER_PER_MINUTE: '3',
        RATE_LIMIT_API_AUTH_FAILURES_PER_HOUR: '2',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });
  beforeEach(() => {
    fake.sent.length = 0;
  });

  const sms = (from: string) => twilioDriver({ app: t.app.express, authToken: fake.authToken, publicBaseUrl: t.config.server.publicBaseUrl, from, to: OUR_QC_NUMBER, accountSid: fake.accountSid });
  const inbound = async (from: string) =>
    (await t.db.prisma.message.findMany({ where: { direction: 'in', conversation: { address: from } }, orderBy: { seq: 'asc' } })).map((m) => [m.body, m.status]);
  const notices = () => fake.sent.filter((m) => m.body === NOTICE_FR);

  it('SMS: a burst is stored and acknowledged, only the first 3 run, one French notice per minute, HELP still answered, the next minute runs again', async () => {
    const from = nextPhone();
    const driver = sms(from);
    for (const body of ['Bonjour', 'oui', 'un', 'deux', 'trois', 'quatre']) {
      // Acknowledged like any message: Twilio must not retry it.
      const res = await driver.text(body).expect(200);
      expect(res.text).toContain('<Response></Response>');
    }
    await t.settle();
    expect(await inbound(from)).toEqual([
      ['Bonjour', 'processed'],
      ['oui', 'processed'],
      ['un', 'processed'],
      ['deux', 'throttled'],
      ['trois', 'throttled'],
      ['quatre', 'throttled'],
    ]);
    expect(notices()).toHaveLength(1);
    const conversation = await t.db.prisma.conversation.findFirstOrThrow({ where: { address: from } });
    const throttledAt = await t.db.prisma.message.findMany({ where: { conversationId: conversation.id, status: 'throttled' }, select: { processedAt: true } });
    expect(throttledAt.every((m) => m.processedAt !== null)).toBe(true);

    // A command is never held back; a further burst message in the same minute gets no second notice.
    fake.sent.length = 0;
    await driver.text('AIDE').expect(200);
    await driver.text('cinq').expect(200);
    await t.settle();
    expect((await inbound(from)).slice(-2)).toEqual([
      ['AIDE', 'processed'],
      ['cinq', 'throttled'],
    ]);
    expect(fake.sent.map((m) => m.body)).toHaveLength(1);
    expect(fake.sent[0].body).toContain('Commandes');
    expect(notices()).toHaveLength(0);

    // A minute later the driver is read again.
    fake.sent.length = 0;
    t.clock.advance(61_000);
    await driver.text('six').expect(200);
    await t.settle();
    expect((await inbound(from)).at(-1)).toEqual(['six', 'processed']);
    expect(fake.sent.length).toBeGreaterThan(0);
    expect(notices()).toHaveLength(0);
    const metrics = await request(t.app.express).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/ticket911_rate_limited_total\{route="sender"\} [4-9]/);
  });

  it('SMS: STOP is honoured in the middle of a burst, and a driver who opted out is not sent the notice', async () => {
    const from = nextPhone();
    const driver = sms(from);
    for (const body of ['Bonjour', 'oui', 'un']) await driver.text(body).expect(200);
    await driver.text('ARRET').expect(200);
    await driver.text('deux').expect(200);
    await t.settle();
    expect(await inbound(from)).toEqual([
      ['Bonjour', 'processed'],
      ['oui', 'processed'],
      ['un', 'processed'],
      ['ARRET', 'processed'],
      ['deux', 'throttled'],
    ]);
    expect((await t.db.prisma.conversation.findFirstOrThrow({ where: { address: from } })).optedOut).toBe(true);
    // Not even queued (the outbox would suppress it, but the transcript would show a sentence never sent).
    expect(await t.db.prisma.outboxEntry.count({ where: { templateKey: 'rateLimit.slowDown', conversation: { address: from } } })).toBe(0);
    expect(notices()).toHaveLength(0);
  });

  it('web chat: over the session budget the message is refused with 429 and the translated sentence, stored nothing, and goes through on a retry later', async () => {
    const chat = await openWebChat(t.app.express, 'en');
    for (const text of ['hello', 'yes', 'one']) await chat.say(text).expect(202);
    const refused = await chat.say('two', 'client-two').set('Accept-Language', 'en').expect(429);
    expect(refused.body).toEqual({ error: { code: 'rate_limited', message: NOTICE_EN } });
    expect(refused.headers['retry-after']).toBe('20');
    const french = await chat.say('two', 'client-two').expect(429);
    expect(french.body.error.message).toBe(NOTICE_FR);
    const stored = () => t.db.prisma.message.count({ where: { direction: 'in', conversation: { channel: 'web', address: chat.sessionId } } });
    expect(await stored()).toBe(3);

    // The widget retries the same message once the delay has passed.
    t.clock.advance(20_000);
    await chat.say('two', 'client-two').expect(202);
    await t.settle();
    expect(await stored()).toBe(4);
    // What the door let in runs: the worker does not hold a web message back a second time.
    const statuses = await t.db.prisma.message.findMany({ where: { direction: 'in', conversation: { channel: 'web', address: chat.sessionId } }, select: { status: true } });
    expect(statuses.map((m) => m.status)).toEqual(['processed', 'processed', 'processed', 'processed']);
  });

  it('another session has its own budget, and requests without the session token spend none of it', async () => {
    const chat = await openWebChat(t.app.express, 'en');
    for (let i = 0; i < 5; i++) await request(t.app.express).post(`/chat/sessions/${chat.sessionId}/messages`).send({ text: 'spam' }).expect(401);
    for (const text of ['hello', 'yes', 'one']) await chat.say(text).expect(202);
    await chat.say('two').expect(429);
  });

  it('the OpenAPI document lists the 429 on every limited operation, not on the probes', async () => {
    const doc = (await request(t.app.express).get('/api/v1/openapi.json').expect(200)).body as { paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>> };
    const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, responses: operation.responses })));
    for (const { path, method, responses } of operations) {
      if (['/healthz', '/readyz', '/metrics'].includes(path)) expect(responses['429'], `${method} ${path}`).toBeUndefined();
      else expect(responses['429']?.headers, `${method} ${path}`).toHaveProperty('Retry-After');
    }
    expect(doc.paths['/chat/sessions/{id}/messages'].post.responses['429']).toBeDefined();
  });
  it('staff API: wrong bearer tokens are limited per address; right ones do not count', async () => {
    const api = (token: string) => request(t.app.express).get('/api/v1/conversations/00000000-0000-4000-8000-000000000000').set('Authorization', `Bearer ${token}`);
    for (let i = 0; i < 4; i++) expect((await api(STAFF_TOKEN)).status).toBe(404);
    await api('guess-1').expect(401);
    await api('guess-2').expect(401);
    const refused = await api('guess-3').expect(429);
    expect(refused.body.error.code).toBe('rate_limited');
    // 2 per hour: the next try in 30 minutes, even with the right token (the guesser may have found it).
    expect(refused.headers['retry-after']).toBe('1800');
    await api(STAFF_TOKEN).expect(429);
    t.clock.advance(30 * 60_000);
    await api(STAFF_TOKEN).expect(404);
  });
});
