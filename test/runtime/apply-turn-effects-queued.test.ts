import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyTurnEffects } from '../../bot/runtime/apply-turn-effects.js';
import { createTestDatabase, type TestDatabase } from '../support/create-test-database.js';
import { seedQuotedCase } from '../support/seed-quoted-case.js';

/** The worker wakes the email and Slack outboxes only after a turn that wrote to them (bench:scheduler saw thousands of empty scans). */
describe('applyTurnEffects says which outboxes the turn wrote to', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('a reply alone: neither; an emailed notice to a client with an address: emails; a review put before a lawyer: Slack', async () => {
    const now = new Date('2026-11-21T15:00:00Z');
    const withEmail = await seedQuotedCase({ prisma: db.prisma, email: 'zoe@example.com', now });
    const withoutEmail = await seedQuotedCase({ prisma: db.prisma, now });
    const run = (seeded: typeof withEmail, effects: Parameters<typeof applyTurnEffects>[0]['effects']) =>
      db.prisma.$transaction(async (tx) => {
        const conversation = await tx.conversation.findUniqueOrThrow({ where: { id: seeded.conversationId } });
        return (await applyTurnEffects({ tx, conversation, effects, now })).queued;
      });
    const notice = (caseId: string) => ({ kind: 'emailNotice' as const, language: 'fr' as const, caseId, key: 'review.closed' as const, vars: { caseNumber: 'T911-000001' } });

    expect(await run(withEmail, [{ kind: 'reply', key: 'help', language: 'fr' }])).toEqual({ emails: false, slackPosts: false });
    expect(await run(withEmail, [notice(withEmail.caseId)])).toEqual({ emails: true, slackPosts: false });
    expect(await run(withoutEmail, [notice(withoutEmail.caseId)])).toEqual({ emails: false, slackPosts: false });
    expect(await run(withEmail, [{ kind: 'requestLawyerReview', caseId: withEmail.caseId }])).toEqual({ emails: false, slackPosts: true });
    // A second request for the same case queues nothing new (one review per case).
    expect(await run(withEmail, [{ kind: 'requestLawyerReview', caseId: withEmail.caseId }])).toEqual({ emails: false, slackPosts: false });
  });
});
