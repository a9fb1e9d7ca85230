import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDueConversations } from '../../bot/db/list-due-conversations.js';
import { createTestDatabase, type TestDatabase } from '../support/create-test-database.js';

describe('listDueConversations (the scheduler poller query)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('each conversation once, the one due longest first, only pending and due, at most the limit', async () => {
    const { prisma } = db;
    const now = new Date('2026-11-02T15:00:00Z');
    const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await prisma.conversation.create({ data: { channel: 'sms', address: `+1514555010${i}` } })).id);
    const [a, b, c, d] = ids as [string, string, string, string];
    await prisma.scheduledJob.createMany({
      data: [
        { id: 'a1', conversationId: a, event: { type: 'TIMER.TICKET_NUDGE' }, runAt: minutesAgo(5) },
        { id: 'a2', conversationId: a, event: { type: 'TIMER.TICKET_NUDGE' }, runAt: minutesAgo(50) },
        { id: 'b1', conversationId: b, event: { type: 'TIMER.TICKET_NUDGE' }, runAt: minutesAgo(30) },
        { id: 'c1', conversationId: c, event: { type: 'TIMER.TICKET_NUDGE' }, runAt: minutesAgo(90), status: 'done' },
        { id: 'c2', conversationId: c, event: { type: 'TIMER.TICKET_NUDGE' }, runAt: minutesAgo(-10) },
        { id: 'd1', conversationId: d, event: { type: 'TIMER.TICKET_NUDGE' }, runAt: minutesAgo(1) },
      ],
    });
    expect(await listDueConversations({ prisma, now, limit: 10 })).toEqual([a, b, d]);
    expect(await listDueConversations({ prisma, now, limit: 2 })).toEqual([a, b]);
  });
});
