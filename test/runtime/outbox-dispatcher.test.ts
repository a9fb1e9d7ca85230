import pino from 'pino';
import twilio from 'twilio';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTwilioSenders } from '../../channels/twilio/create-twilio-senders.js';
import { createOutboxDispatcher, type OutboxDispatcherOptions } from '../../bot/runtime/create-outbox-dispatcher.js';
import { createStaffService } from '../../bot/runtime/create-staff-service.js';
import { type ChannelKind, type MessageSender, type OutboundMessage, SendError, type SendResult } from '../../bot/runtime/ports.js';
import { createTestClock, type TestClock } from '../support/create-test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/create-test-database.js';
import { type FakeTwilio, startFakeTwilio } from '../support/start-fake-twilio.js';

const logger = pino({ level: 'silent' });
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const LEASE_MS = MINUTE;
const OUR_QC_NUMBER = '+15145550100';

/** Backoff of the tests: 10 s, 20 s, 30 s… (no jitter, so nextAttemptAt is exact). */
const backoffMs = (attempt: number) => attempt * 10 * SECOND;

interface FakeSender extends MessageSender {
  /** Every send(), in order. */
  sent: OutboundMessage[];
  /** Every findSent(), in order. */
  lookedUp: { message: OutboundMessage; since: Date }[];
  /** Scripted failures by message text, used one per send() before it succeeds. */
  failures: Map<string, SendError[]>;
  /** Message ids the "provider" already has (a send that left before a crash). */
  alreadySent: Map<string, SendResult>;
}

function fakeSender(channel: ChannelKind, { delayMs = 0 }: { delayMs?: number } = {}): FakeSender {
  const sender: FakeSender = {
    channel,
    sent: [],
    lookedUp: [],
    failures: new Map(),
    alreadySent: new Map(),
    async send(message) {
      sender.sent.push(message);
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, Math.random() * delayMs));
      const failure = sender.failures.get(message.text)?.shift();
      if (failure) throw failure;
      return { providerId: `prov-${message.messageId}`, status: 'sent' };
    },
    async findSent(message, since) {
      sender.lookedUp.push({ message, since });
      return sender.alreadySent.get(message.messageId) ?? null;
    },
  };
  return sender;
}

const retryable = (code: string, retryAfterMs?: number) =>
  new SendError(`scripted ${code}`, retryAfterMs === undefined ? { retryable: true, code } : { retryable: true, code, retryAfterMs });

describe('outbox dispatcher (real database, fake senders, test clock)', () => {
  let db: TestDatabase;
  let clock: TestClock;
  let phone = 0;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(async () => {
    // Cascades to messages and outbox entries: every test starts with an empty outbox.
    await db.prisma.conversation.deleteMany();
    clock = createTestClock();
  });

  function dispatcher(senders: Partial<Record<ChannelKind, MessageSender>>, options: Partial<OutboxDispatcherOptions> = {}) {
    return createOutboxDispatcher({ prisma: db.prisma, senders, logger, now: clock.now, maxAttempts: 3, leaseMs: LEASE_MS, backoffMs, ...options });
  }

  async function conversation({ channel = 'sms', optedOut = false, recipient }: { channel?: ChannelKind; optedOut?: boolean; recipient?: string } = {}) {
    const address = channel === 'sms' || channel === 'whatsapp' ? `+1514555${String(2000 + ++phone)}` : `ses_${++phone}`;
    return db.prisma.conversation.create({ data: { channel, address, optedOut, ...(recipient ? { channelData: { recipient } } : {}) } });
  }

  /** An outbound message with its outbox entry, as a committed turn leaves it (or as a crashed dispatcher left it). */
  async function queue(
    conv: { id: string; channel: string },
    body: string,
    entry: { templateKey?: string; status?: string; lockedUntil?: Date; nextAttemptAt?: Date; attempts?: number } = {},
  ) {
    const message = await db.prisma.message.create({
      data: {
        conversationId: conv.id,
        direction: 'out',
        channel: conv.channel,
        body,
        status: 'queued',
        createdAt: clock.now(),
        outbox: {
          create: {
            conversationId: conv.id,
            channel: conv.channel,
            templateKey: entry.templateKey ?? null,
            status: entry.status ?? 'pending',
            lockedUntil: entry.lockedUntil ?? null,
            nextAttemptAt: entry.nextAttemptAt ?? clock.now(),
            attempts: entry.attempts ?? 0,
          },
        },
      },
    });
    return message;
  }

  const entryOf = (messageId: string) => db.prisma.outboxEntry.findUniqueOrThrow({ where: { messageId } });
  const messageOf = (messageId: string) => db.prisma.message.findUniqueOrThrow({ where: { id: messageId } });

  describe('sending', () => {
    it('sends a pending entry once and records it as sent, with the provider id', async () => {
      const sms = fakeSender('sms');
      const conv = await conversation({ recipient: OUR_QC_NUMBER });
      const message = await queue(conv, 'Send us a photo of your ticket', { templateKey: 'ticket.ask' });
      const outbox = dispatcher({ sms });

      expect(await outbox.runOnce()).toBe(1);
      expect(sms.sent).toHaveLength(1);
      expect(sms.sent[0]).toMatchObject({
        messageId: message.id,
        channel: 'sms',
        address: conv.address,
        text: 'Send us a photo of your ticket',
        from: OUR_QC_NUMBER,
        templateKey: 'ticket.ask',
      });
      // A first attempt is not a crash recovery: no lookup.
      expect(sms.lookedUp).toHaveLength(0);
      expect(await entryOf(message.id)).toMatchObject({ status: 'sent', attempts: 1, lockedUntil: null, lastError: null });
      expect(await messageOf(message.id)).toMatchObject({ status: 'sent', providerId: `prov-${message.id}` });

      expect(await outbox.runOnce()).toBe(0);
      clock.advance(24 * 60 * MINUTE);
      expect(await outbox.runOnce()).toBe(0);
      expect(sms.sent).toHaveLength(1);
    });

    it('does not send an entry before its nextAttemptAt', async () => {
      const sms = fakeSender('sms');
      const conv = await conversation();
      const message = await queue(conv, 'later', { nextAttemptAt: new Date(clock.now().getTime() + 5 * SECOND) });
      const outbox = dispatcher({ sms });
      expect(await outbox.runOnce()).toBe(0);
      clock.advance(5 * SECOND);
      expect(await outbox.runOnce()).toBe(1);
      expect(sms.sent.map((m) => m.messageId)).toEqual([message.id]);
    });
  });

  describe('retries', () => {
    it('leaves a retryable failure pending until now + backoff, and retries it only when the clock gets there', async () => {
      const sms = fakeSender('sms');
      sms.failures.set('hello', [retryable('http_503')]);
      const conv = await conversation();
      const message = await queue(conv, 'hello');
      const outbox = dispatcher({ sms });
      const t0 = clock.now().getTime();

      await outbox.runOnce();
      expect(sms.sent).toHaveLength(1);
      const failed = await entryOf(message.id);
      expect(failed).toMatchObject({ status: 'pending', attempts: 1, lockedUntil: null, lastError: 'http_503' });
      expect(failed.nextAttemptAt.getTime()).toBe(t0 + backoffMs(1));
      expect((await messageOf(message.id)).status).toBe('queued');

      clock.advance(backoffMs(1) - 1);
      expect(await outbox.runOnce()).toBe(0);
      expect(sms.sent).toHaveLength(1);

      clock.advance(1);
      expect(await outbox.runOnce()).toBe(1);
      expect(sms.sent).toHaveLength(2);
      expect(await entryOf(message.id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
      expect(await messageOf(message.id)).toMatchObject({ status: 'sent', providerId: `prov-${message.id}` });
    });

    it('uses the backoff of the attempt number: the second retry waits longer', async () => {
      const sms = fakeSender('sms');
      sms.failures.set('hello', [retryable('http_500'), retryable('http_500')]);
      const message = await queue(await conversation(), 'hello');
      const outbox = dispatcher({ sms });
      await outbox.runOnce();
      clock.advance(backoffMs(1));
      await outbox.runOnce();
      const second = await entryOf(message.id);
      expect(second).toMatchObject({ status: 'pending', attempts: 2 });
      expect(second.nextAttemptAt.getTime()).toBe(clock.now().getTime() + backoffMs(2));
    });

    it('waits for Retry-After when it is longer than the backoff', async () => {
      const sms = fakeSender('sms');
      sms.failures.set('hello', [retryable('20429', 45 * SECOND)]);
      const message = await queue(await conversation(), 'hello');
      const outbox = dispatcher({ sms });
      const t0 = clock.now().getTime();

      await outbox.runOnce();
      const failed = await entryOf(message.id);
      expect(failed).toMatchObject({ status: 'pending', lastError: '20429' });
      expect(failed.nextAttemptAt.getTime()).toBe(t0 + 45 * SECOND);

      clock.advance(backoffMs(1));
      expect(await outbox.runOnce()).toBe(0);
      clock.advance(45 * SECOND - backoffMs(1) - 1);
      expect(await outbox.runOnce()).toBe(0);
      expect(sms.sent).toHaveLength(1);
      clock.advance(1);
      expect(await outbox.runOnce()).toBe(1);
      expect(sms.sent).toHaveLength(2);
      expect((await entryOf(message.id)).status).toBe('sent');
    });

    it('keeps the backoff when Retry-After is shorter', async () => {
      const sms = fakeSender('sms');
      sms.failures.set('hello', [retryable('20429', 2 * SECOND)]);
      const message = await queue(await conversation(), 'hello');
      const t0 = clock.now().getTime();
      await dispatcher({ sms }).runOnce();
      expect((await entryOf(message.id)).nextAttemptAt.getTime()).toBe(t0 + backoffMs(1));
    });

    it('treats an error that is not a SendError as retryable', async () => {
      const sms = fakeSender('sms');
      sms.send = async (message) => {
        sms.sent.push(message);
        throw new TypeError('socket hang up');
      };
      const message = await queue(await conversation(), 'hello');
      await dispatcher({ sms }).runOnce();
      expect(await entryOf(message.id)).toMatchObject({ status: 'pending', attempts: 1, lastError: 'SendError' });
    });
  });

  describe('dead letters', () => {
    it('dead-letters a non-retryable failure at once, with the error code, and never retries it', async () => {
      const sms = fakeSender('sms');
      sms.failures.set('hello', [new SendError('invalid number', { retryable: false, code: '21211' })]);
      const message = await queue(await conversation(), 'hello');
      const outbox = dispatcher({ sms });

      await outbox.runOnce();
      expect(await entryOf(message.id)).toMatchObject({ status: 'dead', attempts: 1, lockedUntil: null, lastError: '21211' });
      expect(await messageOf(message.id)).toMatchObject({ status: 'failed', error: '21211', providerId: null });

      clock.advance(7 * 24 * 60 * MINUTE);
      expect(await outbox.runOnce()).toBe(0);
      expect(sms.sent).toHaveLength(1);
    });

    it('dead-letters after maxAttempts retryable failures, and staff see the message as failed', async () => {
      const sms = fakeSender('sms');
      sms.failures.set('hello', [retryable('http_500'), retryable('http_500'), retryable('http_503'), retryable('http_500')]);
      const conv = await conversation();
      const message = await queue(conv, 'hello');
      const outbox = dispatcher({ sms }, { maxAttempts: 3 });

      await outbox.runOnce();
      clock.advance(backoffMs(1));
      await outbox.runOnce();
      expect(await entryOf(message.id)).toMatchObject({ status: 'pending', attempts: 2 });
      clock.advance(backoffMs(2));
      await outbox.runOnce();
      expect(sms.sent).toHaveLength(3);
      expect(await entryOf(message.id)).toMatchObject({ status: 'dead', attempts: 3, lastError: 'http_503' });
      expect(await messageOf(message.id)).toMatchObject({ status: 'failed', error: 'http_503' });

      clock.advance(24 * 60 * MINUTE);
      expect(await outbox.runOnce()).toBe(0);
      expect(sms.sent).toHaveLength(3);

      const staff = createStaffService({ prisma: db.prisma, now: clock.now, enqueue: () => {}, onRepliesQueued: () => {} });
      const view = await staff.getConversation(conv.id);
      expect(view?.messages).toEqual([expect.objectContaining({ id: message.id, direction: 'out', text: 'hello', status: 'failed' })]);
    });

    it('dead-letters an entry whose channel has no sender', async () => {
      const message = await queue(await conversation({ channel: 'botframework' }), 'hello');
      await dispatcher({ sms: fakeSender('sms') }).runOnce();
      expect(await entryOf(message.id)).toMatchObject({ status: 'dead', lastError: 'no sender for channel botframework' });
      expect((await messageOf(message.id)).status).toBe('failed');
    });
  });

  describe('order within a conversation', () => {
    it('holds a conversation’s later messages while an earlier one waits for a retry, without blocking other conversations', async () => {
      const sms = fakeSender('sms');
      sms.failures.set('A1', [retryable('http_503')]);
      const a = await conversation();
      const b = await conversation();
      const a1 = await queue(a, 'A1');
      const a2 = await queue(a, 'A2');
      const b1 = await queue(b, 'B1');
      const outbox = dispatcher({ sms });

      await outbox.runOnce();
      expect(sms.sent.map((m) => m.text)).toEqual(['A1', 'B1']);
      expect((await entryOf(b1.id)).status).toBe('sent');
      expect(await entryOf(a2.id)).toMatchObject({ status: 'pending', attempts: 0 });

      clock.advance(backoffMs(1) - 1);
      expect(await outbox.runOnce()).toBe(0);
      expect(sms.sent.map((m) => m.text)).toEqual(['A1', 'B1']);

      clock.advance(1);
      expect(await outbox.runOnce()).toBe(2);
      expect(sms.sent.map((m) => m.text)).toEqual(['A1', 'B1', 'A1', 'A2']);
      expect((await entryOf(a1.id)).status).toBe('sent');
      expect((await entryOf(a2.id)).status).toBe('sent');
    });

    it('holds later messages while an earlier one is being sent by another dispatcher', async () => {
      const sms = fakeSender('sms');
      const conv = await conversation();
      await queue(conv, 'first', { status: 'sending', lockedUntil: new Date(clock.now().getTime() + LEASE_MS) });
      const second = await queue(conv, 'second');
      expect(await dispatcher({ sms }).runOnce()).toBe(0);
      expect(sms.sent).toHaveLength(0);
      expect((await entryOf(second.id)).status).toBe('pending');
    });

    it('lets later messages go once an earlier one is dead', async () => {
      const sms = fakeSender('sms');
      sms.failures.set('A1', [new SendError('unsubscribed', { retryable: false, code: '21610' })]);
      const conv = await conversation();
      await queue(conv, 'A1');
      const a2 = await queue(conv, 'A2');
      await dispatcher({ sms }).runOnce();
      expect(sms.sent.map((m) => m.text)).toEqual(['A1', 'A2']);
      expect((await entryOf(a2.id)).status).toBe('sent');
    });
  });

  describe('crash recovery', () => {
    const crashed = () => ({ status: 'sending', lockedUntil: new Date(clock.now().getTime() - 1), attempts: 1 });

    it('asks the provider first when a dead dispatcher’s lease ran out, and does not send again what already left', async () => {
      const sms = fakeSender('sms');
      const conv = await conversation();
      const message = await queue(conv, 'hello', crashed());
      sms.alreadySent.set(message.id, { providerId: 'SMalreadythere', status: 'sent' });

      expect(await dispatcher({ sms }).runOnce()).toBe(1);
      expect(sms.lookedUp).toHaveLength(1);
      expect(sms.lookedUp[0].message).toMatchObject({ messageId: message.id, address: conv.address, text: 'hello' });
      // The lookup window reaches back before the crashed claim (lockedUntil - lease).
      expect(sms.lookedUp[0].since.getTime()).toBeLessThanOrEqual(clock.now().getTime() - LEASE_MS);
      expect(sms.sent).toHaveLength(0);
      expect(await entryOf(message.id)).toMatchObject({ status: 'sent', lockedUntil: null });
      expect(await messageOf(message.id)).toMatchObject({ status: 'sent', providerId: 'SMalreadythere' });
    });

    it('looks only from the crashed claim on (lockedUntil - lease - skew), not further back', async () => {
      const sms = fakeSender('sms');
      const message = await queue(await conversation(), 'hello', crashed());
      await dispatcher({ sms }).runOnce();
      const claimStart = clock.now().getTime() - 1 - LEASE_MS;
      expect(sms.lookedUp[0].since.getTime()).toBe(claimStart - 5_000);
      expect(sms.sent.map((m) => m.messageId)).toEqual([message.id]);
    });

    it('does not take an earlier reply with the same text, already recorded, as proof the crashed one left', async () => {
      const sms = fakeSender('sms');
      const conv = await conversation();
      const earlier = await queue(conv, 'Commands: STATUS…', { status: 'sent' });
      await db.prisma.message.update({ where: { id: earlier.id }, data: { providerId: 'SMearlier', status: 'sent' } });
      const message = await queue(conv, 'Commands: STATUS…', crashed());
      sms.alreadySent.set(message.id, { providerId: 'SMearlier', status: 'sent' });
      expect(await dispatcher({ sms }).runOnce()).toBe(1);
      expect(sms.sent.map((m) => m.messageId)).toEqual([message.id]);
      expect(await messageOf(message.id)).toMatchObject({ status: 'sent', providerId: `prov-${message.id}` });
    });

    it('releases every orphaned claim at once on a database no other process uses', async () => {
      const sms = fakeSender('sms');
      const lockedUntil = new Date(clock.now().getTime() + 30 * SECOND);
      const message = await queue(await conversation(), 'hello', { status: 'sending', lockedUntil, attempts: 1 });
      const outbox = dispatcher({ sms });
      expect(await outbox.runOnce()).toBe(0);
      expect(await outbox.releaseOrphanedClaims()).toBeGreaterThanOrEqual(1);
      expect(await outbox.runOnce()).toBe(1);
      expect(sms.lookedUp.map((l) => l.message.messageId)).toEqual([message.id]);
    });

    it('sends once when the provider does not have it', async () => {
      const sms = fakeSender('sms');
      const message = await queue(await conversation(), 'hello', crashed());
      const outbox = dispatcher({ sms });
      expect(await outbox.runOnce()).toBe(1);
      expect(sms.lookedUp).toHaveLength(1);
      expect(sms.sent.map((m) => m.messageId)).toEqual([message.id]);
      expect(await entryOf(message.id)).toMatchObject({ status: 'sent', attempts: 2 });
      expect(await messageOf(message.id)).toMatchObject({ status: 'sent', providerId: `prov-${message.id}` });
      expect(await outbox.runOnce()).toBe(0);
      expect(sms.sent).toHaveLength(1);
    });

    it('leaves alone an entry another dispatcher is still sending, and takes it over once the lease runs out', async () => {
      const sms = fakeSender('sms');
      const lockedUntil = new Date(clock.now().getTime() + 30 * SECOND);
      const message = await queue(await conversation(), 'hello', { status: 'sending', lockedUntil, attempts: 1 });
      const outbox = dispatcher({ sms });

      expect(await outbox.runOnce()).toBe(0);
      clock.advance(30 * SECOND);
      expect(await outbox.runOnce()).toBe(0);
      expect(sms.lookedUp).toHaveLength(0);
      expect(sms.sent).toHaveLength(0);
      expect(await entryOf(message.id)).toMatchObject({ status: 'sending', lockedUntil, attempts: 1 });

      clock.advance(1);
      expect(await outbox.runOnce()).toBe(1);
      expect(sms.lookedUp).toHaveLength(1);
      expect(sms.sent).toHaveLength(1);
    });
  });

  describe('several dispatchers', () => {
    it('sends each entry exactly once, in order per conversation, when two dispatchers run at the same time', async () => {
      const sms = fakeSender('sms', { delayMs: 5 });
      const conversations = await Promise.all(Array.from({ length: 8 }, () => conversation()));
      const expected = new Map<string, string[]>();
      for (let round = 0; round < 4; round++) {
        for (const conv of conversations) {
          const message = await queue(conv, `${conv.address} #${round}`);
          expected.set(conv.address, [...(expected.get(conv.address) ?? []), message.id]);
        }
      }
      const one = dispatcher({ sms }, { batchSize: 3 });
      const two = dispatcher({ sms }, { batchSize: 3 });

      // A pass may end early while the other dispatcher holds a conversation's earlier entry: run both until neither finds work.
      let handled = 0;
      for (let round = 0; round < 40; round++) {
        const [x, y] = await Promise.all([one.runOnce(), two.runOnce()]);
        handled += x + y;
        if (x + y === 0) break;
      }

      const ids = sms.sent.map((m) => m.messageId);
      expect(ids).toHaveLength(32);
      expect(new Set(ids).size).toBe(32);
      expect(handled).toBe(32);
      for (const [address, messageIds] of expected) {
        expect(sms.sent.filter((m) => m.address === address).map((m) => m.messageId)).toEqual(messageIds);
      }
      expect(await db.prisma.outboxEntry.count({ where: { status: 'sent', attempts: 1 } })).toBe(32);
    });
  });

  describe('opted-out drivers', () => {
    it('suppresses an opted-out SMS or WhatsApp driver’s messages, except the opt-out confirmation', async () => {
      const sms = fakeSender('sms');
      const whatsapp = fakeSender('whatsapp');
      const optedOut = await conversation({ optedOut: true });
      const nudge = await queue(optedOut, 'Still want to contest your ticket?', { templateKey: 'ticket.nudge' });
      const confirmation = await queue(optedOut, 'You will not receive any more messages from us.', { templateKey: 'optOut.confirmed' });
      const onWhatsapp = await queue(await conversation({ channel: 'whatsapp', optedOut: true }), 'Still there?', { templateKey: 'ticket.nudge' });
      const stillIn = await queue(await conversation(), 'Still want to contest your ticket?', { templateKey: 'ticket.nudge' });

      await dispatcher({ sms, whatsapp }).runOnce();

      expect(sms.sent.map((m) => m.messageId).sort()).toEqual([confirmation.id, stillIn.id].sort());
      expect(whatsapp.sent).toHaveLength(0);
      for (const id of [nudge.id, onWhatsapp.id]) {
        expect(await entryOf(id)).toMatchObject({ status: 'suppressed', lockedUntil: null });
        expect((await messageOf(id)).status).toBe('suppressed');
      }
      expect((await entryOf(confirmation.id)).status).toBe('sent');
      expect((await entryOf(stillIn.id)).status).toBe('sent');
    });
  });

  describe('through the Twilio sender and the loopback Twilio', () => {
    let fake: FakeTwilio;
    let senders: { sms: MessageSender; whatsapp: MessageSender };

    beforeAll(async () => {
      fake = await startFakeTwilio({ now: () => clock.now() });
      const client = twilio(fake.accountSid, fake.authToken);
      client.api.baseUrl = fake.baseUrl;
      senders = createTwilioSenders({ client, numbers: { qc: OUR_QC_NUMBER }, whatsappTemplates: {}, logger });
    });
    afterAll(async () => {
      await fake.close();
    });
    afterEach(() => {
      fake.sent.length = 0;
      fake.failNext.length = 0;
    });

    it('honours a 429 Retry-After on the clock, then sends exactly one message', async () => {
      fake.failNext.push({ status: 429, code: 20429, headers: { 'Retry-After': '120' } });
      const conv = await conversation();
      const message = await queue(conv, 'Send us a photo of your ticket');
      const outbox = dispatcher({ sms: senders.sms }, { backoffMs: () => SECOND });
      const t0 = clock.now().getTime();

      await outbox.runOnce();
      expect(fake.failNext).toHaveLength(0);
      expect(fake.sent).toHaveLength(0);
      const waiting = await entryOf(message.id);
      expect(waiting).toMatchObject({ status: 'pending', lastError: '20429' });
      expect(waiting.nextAttemptAt.getTime()).toBe(t0 + 120 * SECOND);

      clock.advance(120 * SECOND - 1);
      expect(await outbox.runOnce()).toBe(0);
      expect(fake.sent).toHaveLength(0);

      clock.advance(1);
      expect(await outbox.runOnce()).toBe(1);
      expect(fake.sent).toHaveLength(1);
      expect(fake.sent[0]).toMatchObject({ to: conv.address, from: OUR_QC_NUMBER, body: 'Send us a photo of your ticket' });
      expect(await messageOf(message.id)).toMatchObject({ status: 'sent', providerId: fake.sent[0].sid });
      expect((await entryOf(message.id)).status).toBe('sent');
      expect(clock.now().getTime() - t0).toBeGreaterThanOrEqual(120 * SECOND);
    });

    it('retries a 500 and sends exactly one message', async () => {
      fake.failNext.push({ status: 500 });
      const message = await queue(await conversation(), 'hello');
      const outbox = dispatcher({ sms: senders.sms });
      await outbox.runOnce();
      expect(fake.sent).toHaveLength(0);
      expect(await entryOf(message.id)).toMatchObject({ status: 'pending', lastError: '20500' });
      clock.advance(backoffMs(1));
      await outbox.runOnce();
      expect(fake.sent).toHaveLength(1);
      expect((await messageOf(message.id)).providerId).toBe(fake.sent[0].sid);
      await outbox.runOnce();
      expect(fake.sent).toHaveLength(1);
    });

    it('does not post again a message Twilio already has after a crash (found through the list endpoint)', async () => {
      const conv = await conversation();
      const message = await queue(conv, 'Send us a photo of your ticket', { status: 'sending', lockedUntil: new Date(clock.now().getTime() - 1), attempts: 1 });
      // What the dead dispatcher managed before dying: the POST reached Twilio, the record did not happen.
      await senders.sms.send({ messageId: message.id, channel: 'sms', address: conv.address, text: 'Send us a photo of your ticket' });
      expect(fake.sent).toHaveLength(1);

      expect(await dispatcher({ sms: senders.sms }).runOnce()).toBe(1);
      expect(fake.sent).toHaveLength(1);
      expect(await entryOf(message.id)).toMatchObject({ status: 'sent' });
      expect(await messageOf(message.id)).toMatchObject({ status: 'sent', providerId: fake.sent[0].sid });
    });

    it('posts once a crash-left message Twilio does not have', async () => {
      const conv = await conversation();
      const message = await queue(conv, 'hello', { status: 'sending', lockedUntil: new Date(clock.now().getTime() - 1), attempts: 1 });
      expect(await dispatcher({ sms: senders.sms }).runOnce()).toBe(1);
      expect(fake.sent).toHaveLength(1);
      expect((await messageOf(message.id)).providerId).toBe(fake.sent[0].sid);
    });
  });
});
