import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { ticketFixture } from '../support/ticket-fixtures.js';
import { openWebChat } from '../support/web-chat-driver.js';

const HOUR = 60 * 60 * 1000;
const NUDGE = 'Still want to contest your ticket?';

type Chat = Awaited<ReturnType<typeof openWebChat>>;

/** One tick of the background loops, by hand: due jobs to the worker, turns committed, outbox delivered. */
async function tick(t: TestApp): Promise<number> {
  const due = await t.app.scheduler.runOnce();
  await t.settle();
  return due;
}

/** The session's transcript through any app sharing the database (the token is checked against the stored hash). */
async function transcript(t: TestApp, chat: Chat) {
  const res = await request(t.app.express).get(`/chat/sessions/${chat.sessionId}/messages`).set({ authorization: `Bearer ${chat.token}` }).expect(200);
  return res.body.messages as { direction: string; text: string | null; status: string }[];
}

const nudgesIn = (messages: { direction: string; text: string | null; status: string }[]) =>
  messages.filter((m) => m.direction === 'out' && m.text?.startsWith(NUDGE));

/** A driver on the web chat who said hello and consented: the ticket nudge is now scheduled. */
async function consentingDriver(t: TestApp) {
  const chat = await openWebChat(t.app.express, 'en');
  await chat.say('Hello, I got a ticket').expect(202);
  await t.settle();
  await chat.say('yes').expect(202);
  await t.settle();
  expect(await chat.newReplies()).toEqual([expect.stringContaining('Do you agree?'), expect.stringContaining('Send a clear photo of your ticket')]);
  const conversation = await t.db.prisma.conversation.findFirstOrThrow({ where: { channel: 'web', address: chat.sessionId } });
  return { chat, conversation };
}

const nudgeJobs = (t: TestApp, conversationId: string) =>
  t.db.prisma.scheduledJob.findMany({ where: { conversationId, event: { path: ['type'], equals: 'TIMER.TICKET_NUDGE' } } });

describe('durable timers: the ticket nudge (real app, real database, test clock)', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => {
    await t.close();
  });

  it('schedules the nudge 24 h after consent and sends it once, at 24 h and not before', async () => {
    const consentedAt = t.clock.now().getTime();
    const { chat, conversation } = await consentingDriver(t);

    const jobs = await nudgeJobs(t, conversation.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ status: 'pending', event: { type: 'TIMER.TICKET_NUDGE' } });
    expect(jobs[0].runAt.getTime()).toBe(consentedAt + 24 * HOUR);

    t.clock.advance(23 * HOUR);
    expect(await tick(t)).toBe(0);
    expect(await chat.newReplies()).toEqual([]);
    expect((await nudgeJobs(t, conversation.id))[0].status).toBe('pending');

    t.clock.advance(HOUR);
    expect(await tick(t)).toBe(1);
    expect(await chat.newReplies()).toEqual([expect.stringContaining(NUDGE)]);
    const nudges = nudgesIn(await chat.transcript());
    expect(nudges).toHaveLength(1);
    expect(nudges[0].status).toBe('sent');
    expect((await nudgeJobs(t, conversation.id)).map((j) => j.status)).toEqual(['done']);

    expect(await tick(t)).toBe(0);
    t.clock.advance(48 * HOUR);
    expect(await tick(t)).toBe(0);
    expect(await chat.newReplies()).toEqual([]);
    expect(nudgesIn(await chat.transcript())).toHaveLength(1);
  });

  it('cancels the nudge when the driver sends a photo of the ticket first', async () => {
    const { chat, conversation } = await consentingDriver(t);
    t.clock.advance(2 * HOUR);
    await chat.upload(ticketFixture('ticket-on-speeding-s0-1.jpg').bytes, 'ticket.jpg', 'image/jpeg').expect(202);
    await t.settle();
    expect(await chat.newReplies()).toEqual([expect.stringContaining('Here is what I read on your ticket')]);
    expect((await nudgeJobs(t, conversation.id)).map((j) => j.status)).toEqual(['cancelled']);

    t.clock.advance(22 * HOUR);
    expect(await tick(t)).toBe(0);
    t.clock.advance(24 * HOUR);
    expect(await tick(t)).toBe(0);
    expect(await chat.newReplies()).toEqual([]);
    expect(nudgesIn(await chat.transcript())).toHaveLength(0);
  });

  it('survives a restart: scheduled by one app, fired once by the next one on the same database', async () => {
    const { chat, conversation } = await consentingDriver(t);
    await t.app.stop();

    // A new process: new worker, scheduler and outbox, nothing in memory; same database, data directory and clock.
    const next = await createTestApp({ db: t.db, dataDir: t.config.dataDir, clock: t.clock });
    try {
      t.clock.advance(24 * HOUR);
      expect(await tick(next)).toBe(1);
      const nudges = nudgesIn(await transcript(next, chat));
      expect(nudges).toHaveLength(1);
      expect(nudges[0].status).toBe('sent');
      expect((await nudgeJobs(next, conversation.id)).map((j) => j.status)).toEqual(['done']);

      expect(await tick(next)).toBe(0);
      t.clock.advance(24 * HOUR);
      expect(await tick(next)).toBe(0);
      expect(nudgesIn(await transcript(next, chat))).toHaveLength(1);
    } finally {
      await next.close();
    }
  });

  it('processes a due job once when the scheduler and the workers of two apps are triggered many times at once', async () => {
    const { chat, conversation } = await consentingDriver(t);
    const other = await createTestApp({ db: t.db, dataDir: t.config.dataDir, clock: t.clock });
    try {
      t.clock.advance(24 * HOUR);
      const polls = [t, other, t, other, t, other].map((app) => app.app.scheduler.runOnce());
      for (const app of [t, other, t, other]) app.app.worker.enqueue(conversation.id);
      // Each poll sees the job due, unless a worker already processed it (a race this test invites on purpose).
      const found = await Promise.all(polls);
      expect(found[0]).toBe(1);
      expect(found.every((n) => n === 0 || n === 1)).toBe(true);
      await Promise.all([t.settle(), other.settle(), t.settle(), other.settle()]);
      await Promise.all([tick(t), tick(other)]);

      const nudges = nudgesIn(await chat.transcript());
      expect(nudges).toHaveLength(1);
      expect(nudges[0].status).toBe('sent');
      expect((await nudgeJobs(t, conversation.id)).map((j) => j.status)).toEqual(['done']);
      expect(await t.db.prisma.outboxEntry.count({ where: { conversationId: conversation.id, templateKey: 'ticket.nudge' } })).toBe(1);
    } finally {
      await other.close();
    }
  });

  it('does not nudge a driver who wrote STOP', async () => {
    const { chat, conversation } = await consentingDriver(t);
    await chat.say('STOP').expect(202);
    await t.settle();
    expect(await chat.newReplies()).toEqual([expect.stringContaining('You will not receive any more messages from us')]);
    expect((await t.db.prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).optedOut).toBe(true);

    t.clock.advance(24 * HOUR);
    expect(await tick(t)).toBe(1);
    expect(await chat.newReplies()).toEqual([]);
    expect(nudgesIn(await chat.transcript())).toHaveLength(0);
    // The timer did fire (the machine chose silence): nothing is left to fire later.
    expect((await nudgeJobs(t, conversation.id)).map((j) => j.status)).toEqual(['done']);
    expect(await tick(t)).toBe(0);
  });
});
