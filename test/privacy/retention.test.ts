import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStatsService } from '../../bot/stats/create-stats-service.js';
import { QC_SPEEDING_TICKET } from '../../tickets/test-support/ticket-outcomes.js';
import { createTestApp, type TestApp } from '../support/create-test-app.js';

const NOW = new Date('2026-11-21T15:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe('retention purge', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { RETENTION_CLOSED_CASE_DAYS: '365', RETENTION_IDLE_CONVERSATION_DAYS: '90' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function seedClosed(phone: string, closedDaysAgo: number) {
    const { prisma } = t.db;
    const client = await prisma.client.create({ data: { phone, firstName: 'Jean', language: 'fr' } });
    const conversation = await prisma.conversation.create({ data: { channel: 'sms', address: phone, clientId: client.id, consent: 'granted', lastInboundAt: daysAgo(closedDaysAgo + 30), snapshot: { value: 'x' } } });
    await prisma.message.create({ data: { conversationId: conversation.id, direction: 'in', channel: 'sms', body: `ticket of ${phone}`, status: 'processed' } });
    const row = await prisma.case.create({
      data: { clientId: client.id, conversationId: conversation.id, status: 'closed', jurisdiction: 'QC', ticket: QC_SPEEDING_TICKET, outcome: 'acquitted', closedAt: daysAgo(closedDaysAgo), respondBy: daysAgo(closedDaysAgo + 60) },
    });
    await prisma.caseAnalysis.create({ data: { caseId: row.id, status: 'scored', score: 70, retrievedChunkIds: [], result: { draft: 'Jean Tremblay contests' } } });
    return { client, conversation, row };
  }

  it('purges a case closed 366 days ago, keeps one closed 10 days ago, leaves the statistics unchanged, and runs once', async () => {
    const old = await seedClosed('+15145550001', 366);
    const recent = await seedClosed('+15145550002', 10);
    const stats = createStatsService({ prisma: t.db.prisma, now: () => NOW });
    const before = await stats.compute();

    // Two purges at once (two processes): each client is purged by one of them only.
    const [a, b] = await Promise.all([t.app.retention.runOnce(), t.app.retention.runOnce()]);
    expect(a.clients + b.clients).toBe(1);

    const { prisma } = t.db;
    const client = await prisma.client.findUniqueOrThrow({ where: { id: old.client.id } });
    expect(client).toMatchObject({ phone: null, firstName: null });
    expect(client.purgedAt).not.toBeNull();
    expect(await prisma.message.count({ where: { conversationId: old.conversation.id } })).toBe(0);
    const purged = await prisma.case.findUniqueOrThrow({ where: { id: old.row.id }, include: { analyses: true } });
    expect(purged.ticket).toEqual({ jurisdiction: 'QC', offenceCategory: QC_SPEEDING_TICKET.offenceCategory });
    expect(purged.analyses[0]).toMatchObject({ score: 70, result: null });
    expect((await prisma.conversation.findUniqueOrThrow({ where: { id: old.conversation.id } })).snapshot).toBeNull();
    expect((await prisma.client.findUniqueOrThrow({ where: { id: recent.client.id } })).phone).toBe('+15145550002');
    expect(await prisma.message.count({ where: { conversationId: recent.conversation.id } })).toBe(1);

    const after = await stats.compute();
    expect({ ...after, generatedAt: '' }).toEqual({ ...before, generatedAt: '' });
    const audits = await prisma.auditLog.findMany({ where: { actor: 'system:retention' } });
    expect(audits).toEqual([expect.objectContaining({ action: 'client.purged', clientId: old.client.id })]);

    expect(await t.app.retention.runOnce()).toEqual({ clients: 0, conversations: 0 });
    expect(await prisma.auditLog.count({ where: { actor: 'system:retention' } })).toBe(1);
    expect(await t.app.metrics.registry.getSingleMetricAsString('ticket911_retention_purges_total')).toContain('kind="client"} 1');
  });

  it('purges a conversation that never became a case once idle past its period', async () => {
    const { prisma } = t.db;
    const idle = await prisma.conversation.create({ data: { channel: 'web', address: 'idle-session', lastInboundAt: daysAgo(91), snapshot: { value: 'x' } } });
    await prisma.message.create({ data: { conversationId: idle.id, direction: 'in', channel: 'web', body: 'hello', status: 'processed' } });
    const fresh = await prisma.conversation.create({ data: { channel: 'web', address: 'fresh-session', lastInboundAt: daysAgo(5) } });
    await prisma.message.create({ data: { conversationId: fresh.id, direction: 'in', channel: 'web', body: 'hi', status: 'processed' } });
    expect((await t.app.retention.runOnce()).conversations).toBe(1);
    expect(await prisma.message.count({ where: { conversationId: idle.id } })).toBe(0);
    expect(await prisma.message.count({ where: { conversationId: fresh.id } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { action: 'conversation.purged', conversationId: idle.id } })).toBe(1);
  });
});
