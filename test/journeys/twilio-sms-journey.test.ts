import request from 'supertest';
import twilio from 'twilio';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { type FakeTwilio, startFakeTwilio } from '../support/start-fake-twilio.js';
import { newMessageSid, twilioDriver } from '../support/twilio-driver.js';
import { ticketFixture } from '../support/ticket-fixtures.js';
import { toSmsText } from '../../channels/twilio/to-sms-text.js';

const OUR_QC_NUMBER = '+15145550100';
const OUR_NY_NUMBER = '+12125550100';

describe('SMS journey through Twilio (real app, real SDK, loopback Twilio)', () => {
  let t: TestApp;
  let fake: FakeTwilio;
  let phone = 0;
  const nextPhone = () => `+1514555${String(1000 + ++phone)}`;

  beforeAll(async () => {
    fake = await startFakeTwilio();
    t = await createTestApp({
      env: {
        TWILIO_ACCOUNT_SID: fake.accountSid,
        TWILIO_AUTH_TOKEN: fake.authToken,
        TWILIO_API_BASE_URL: fake.baseUrl,
        TWILIO_NUMBER_QC: OUR_QC_NUMBER,
        TWILIO_NUMBER_NY: OUR_NY_NUMBER,
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

  const driver = (from: string, to = OUR_QC_NUMBER) => twilioDriver({ app: t.app.express, authToken: fake.authToken, publicBaseUrl: t.config.server.publicBaseUrl, from, to, accountSid: fake.accountSid });

  it('acknowledges with empty TwiML and replies from the number the driver texted, in the market’s language', async () => {
    const from = nextPhone();
    const res = await driver(from).text('allo').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/xml/);
    expect(res.text).toContain('<Response></Response>');
    await t.settle();
    expect(fake.sent).toHaveLength(1);
    expect(fake.sent[0].form).toMatchObject({ To: from, From: OUR_QC_NUMBER, StatusCallback: 'https://bot.example.test/webhooks/twilio/status' });
    expect(fake.sent[0].body).toContain('Acceptez-vous? Répondez OUI ou NON.');
    const conversation = await t.db.prisma.conversation.findFirstOrThrow({ where: { channel: 'sms', address: from } });
    expect(conversation.market).toBe('qc');
  });

  it('detects New York from the 212 number and answers in English', async () => {
    const from = `+1917555${String(1000 + ++phone)}`;
    await driver(from, OUR_NY_NUMBER).text('ok').expect(200);
    await t.settle();
    expect(fake.sent[0].from).toBe(OUR_NY_NUMBER);
    expect(fake.sent[0].body).toContain('Do you agree?');
  });

  it('rejects a bad signature with 403 and stores nothing', async () => {
    const from = nextPhone();
    const before = await t.db.prisma.message.count();
    await driver(from).post({ MessageSid: newMessageSid(), AccountSid: fake.accountSid, From: from, To: OUR_QC_NUMBER, Body: 'hi', NumMedia: '0' }, 'bm90LWEtc2lnbmF0dXJl').expect(403);
    expect(await t.db.prisma.message.count()).toBe(before);
    expect(await t.db.prisma.conversation.count({ where: { address: from } })).toBe(0);
    const metrics = await request(t.app.express).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/ticket911_webhook_requests_total\{route="\/webhooks\/twilio\/messaging",status="403"\} 1/);
  });

  it('processes a MessageSid Twilio retries only once, and answers once', async () => {
    const from = nextPhone();
    const sid = newMessageSid();
    await driver(from).text('Bonjour', sid).expect(200);
    await driver(from).text('Bonjour', sid).expect(200);
    await t.settle();
    await driver(from).text('Bonjour', sid).expect(200);
    await t.settle();
    expect(await t.db.prisma.message.count({ where: { providerId: sid } })).toBe(1);
    expect(fake.sent.filter((m) => m.to === from)).toHaveLength(1);
  });

  it('processes a burst of 20 messages from one sender in order, losing none', async () => {
    const from = nextPhone();
    const d = driver(from);
    await d.text('Bonjour').expect(200);
    await d.text('oui').expect(200);
    await t.settle();
    fake.sent.length = 0;
    // 20 webhooks at once: AIDE and STATUT alternate so the order of replies shows the order of turns.
    const bodies = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? 'AIDE' : 'STATUT'));
    const sids = bodies.map(() => newMessageSid());
    const responses = await Promise.all(bodies.map((body, i) => d.text(body, sids[i])));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    await t.settle();
    const inbound = await t.db.prisma.message.findMany({ where: { providerId: { in: sids } }, orderBy: { seq: 'asc' } });
    expect(inbound).toHaveLength(20);
    expect(inbound.every((m) => m.status === 'processed')).toBe(true);
    // Replies follow the order in which the messages were stored (arrival order).
    // SMS bodies carry GSM stand-ins for the typographic characters (channels/twilio/to-sms-text.ts).
    const expected = inbound.map((m) => toSmsText(m.body === 'AIDE' ? 'Commandes' : 'Vous n’avez pas encore de dossier'));
    expect(fake.sent).toHaveLength(20);
    fake.sent.forEach((m, i) => expect(m.body.startsWith(expected[i])).toBe(true));
  });

  it('downloads MMS photos from Twilio with Basic auth, reads the ticket and opens a case', async () => {
    const from = nextPhone();
    const d = driver(from);
    await d.text('Bonjour').expect(200);
    await d.text('oui').expect(200);
    await t.settle();
    fake.media.set('ME1', { data: ticketFixture('ticket-qc-speeding-s0-1.jpg').bytes, contentType: 'image/jpeg' });
    await d.media([{ url: `${fake.baseUrl}/media/ME1`, contentType: 'image/jpeg' }]).expect(200);
    await t.settle();
    const conversation = await t.db.prisma.conversation.findFirstOrThrow({ where: { address: from } });
    const opened = await t.db.prisma.case.findFirstOrThrow({ where: { conversationId: conversation.id } });
    expect(opened.media).toEqual([{ id: expect.any(String), contentType: 'image/jpeg' }]);
    expect(fake.sent.at(-1)?.body).toContain(toSmsText('• Juridiction : Québec'));
  });

  it('asks again when a photo cannot be downloaded', async () => {
    const from = nextPhone();
    const d = driver(from);
    await d.text('Bonjour').expect(200);
    await d.text('oui').expect(200);
    await t.settle();
    await d.media([{ url: `${fake.baseUrl}/media/missing`, contentType: 'image/jpeg' }]).expect(200);
    await t.settle();
    expect(fake.sent.at(-1)?.body).toBe(toSmsText('Nous n’avons pas pu télécharger votre photo. Envoyez-la de nouveau, s’il vous plaît.'));
  });

  it('honours STOP (carrier answers) and ARRÊT (we confirm), then sends nothing until START', async () => {
    const from = nextPhone();
    const d = driver(from);
    await d.text('Bonjour').expect(200);
    await t.settle();
    fake.sent.length = 0;
    await d.text('STOP').expect(200);
    await d.text('AIDE').expect(200);
    await t.settle();
    expect(fake.sent).toHaveLength(0);
    const conversation = await t.db.prisma.conversation.findFirstOrThrow({ where: { address: from } });
    expect(conversation.optedOut).toBe(true);
    expect((await t.db.prisma.message.findFirstOrThrow({ where: { conversationId: conversation.id, direction: 'out' }, orderBy: { seq: 'desc' } })).status).toBe('suppressed');

    await d.text('START').expect(200);
    await d.text('Arrêt').expect(200);
    await t.settle();
    expect(fake.sent.map((m) => m.body)).toEqual(['Vous ne recevrez plus de messages de notre part. Répondez START pour recommencer.']);
  });

  it('records delivery status callbacks on the outbound message', async () => {
    const from = nextPhone();
    await driver(from).text('Bonjour').expect(200);
    await t.settle();
    const sid = fake.sent[0].sid;
    const params = { MessageSid: sid, MessageStatus: 'delivered', AccountSid: fake.accountSid };
    const url = `${t.config.server.publicBaseUrl}/webhooks/twilio/status`;
    await request(t.app.express).post('/webhooks/twilio/status').type('form').set('X-Twilio-Signature', twilio.getExpectedTwilioSignature(fake.authToken, url, params)).send(params).expect(204);
    expect((await t.db.prisma.message.findUniqueOrThrow({ where: { providerId: sid } })).status).toBe('delivered');
  });
});
