import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { openConsentedWebChat } from '../support/web-chat-driver.js';

describe('WITHDRAW CONSENT', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('records the withdrawal, cancels the nudge, erases what no mandate covers, and asks consent again', async () => {
    const chat = await openConsentedWebChat({ app: t.app.express, language: 'en', settle: t.settle });
    const conversation = await t.db.prisma.conversation.findFirstOrThrow({ where: { address: chat.sessionId } });
    const clientId = conversation.clientId!;
    expect(await t.db.prisma.scheduledJob.count({ where: { conversationId: conversation.id, status: 'pending' } })).toBe(1);
    await t.db.prisma.case.create({ data: { clientId, conversationId: conversation.id, status: 'intake' } });

    await chat.say('WITHDRAW CONSENT').expect(202);
    await t.settle();
    expect((await chat.newReplies()).at(-1)).toContain('Your consent is withdrawn');

    const after = await t.db.prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(after.consent).toBe('withdrawn');
    expect(after.consentWithdrawnAt).not.toBeNull();
    expect(await t.db.prisma.scheduledJob.count({ where: { conversationId: conversation.id, status: 'pending' } })).toBe(0);
    expect(await t.db.prisma.case.count({ where: { clientId } })).toBe(0);
    expect((await t.db.prisma.client.findUniqueOrThrow({ where: { id: clientId } })).erasedAt).not.toBeNull();
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'consent.withdrawn', conversationId: conversation.id } });
    expect(audit.details).toMatchObject({ clientErased: true, keptCases: 0 });

    await chat.say('hello again').expect(202);
    await t.settle();
    expect((await chat.newReplies()).at(-1)).toContain('Do you agree?');
  });

  it('keeps a paid case with the lawyers and erases the rest', async () => {
    const chat = await openConsentedWebChat({ app: t.app.express, language: 'en', settle: t.settle });
    const conversation = await t.db.prisma.conversation.findFirstOrThrow({ where: { address: chat.sessionId } });
    const clientId = conversation.clientId!;
    const paid = await t.db.prisma.case.create({ data: { clientId, status: 'paid' } });
    await t.db.prisma.payment.create({ data: { caseId: paid.id, method: 'interac', providerRef: `ref-${paid.id}`, amountCents: 10000, currency: 'CAD', status: 'succeeded', receivedAt: new Date(), recordedBy: 'staff:test' } });
    const unpaid = await t.db.prisma.case.create({ data: { clientId, status: 'analysed' } });

    await chat.say('WITHDRAW CONSENT').expect(202);
    await t.settle();
    expect(await t.db.prisma.case.findUnique({ where: { id: paid.id } })).not.toBeNull();
    expect(await t.db.prisma.case.findUnique({ where: { id: unpaid.id } })).toBeNull();
    expect((await t.db.prisma.client.findUniqueOrThrow({ where: { id: clientId } })).erasedAt).toBeNull();
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { action: 'consent.withdrawn', conversationId: conversation.id } });
    expect(audit.details).toMatchObject({ clientErased: false, keptCases: 1, erasedCases: 1 });
  });
});
