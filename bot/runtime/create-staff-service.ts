import { isMarket } from '../../flows/markets.js';
import { ticketSchema } from '../../tickets/ticket-schema.js';
import type { PrismaClient } from '../../prisma/generated/client.js';
import { contestAnalysisSchema } from '../../knowledge/analysis/contest-analysis-schema.js';
import type { StaffCaseView, StaffConversationView, StaffPort } from '../http/staff-port.js';
import { maskPhone } from '../logging/mask-personal-data.js';
import { queueOutboundMessage } from './queue-outbound-message.js';
import { stateToString } from './run-conversation-turn.js';
import { scheduleConversationEvent } from './schedule-conversation-event.js';

export interface StaffServiceOptions {
  prisma: PrismaClient;
  now: () => Date;
  /** Wake the worker for a conversation (a staff event was queued). */
  enqueue: (conversationId: string) => void;
  onRepliesQueued: () => void;
  /** Invoice links in the case view point here (config.server.publicBaseUrl). */
  publicBaseUrl?: string;
}


/** What the firm's operators may see and do through /api/v1. Addresses are masked. */
export function createStaffService({ prisma, now, enqueue, onRepliesQueued, publicBaseUrl = '' }: StaffServiceOptions): StaffPort {
  return {
    async getConversation(id): Promise<StaffConversationView | null> {
      const conversation = await prisma.conversation.findUnique({
        where: { id },
        include: { cases: { select: { id: true, number: true, status: true } } },
      });
      if (!conversation) return null;
      const messages = (await prisma.message.findMany({ where: { conversationId: id }, orderBy: { seq: 'desc' }, take: 50 })).reverse();
      return {
        id: conversation.id,
        channel: conversation.channel as StaffConversationView['channel'],
        maskedAddress: conversation.channel === 'sms' || conversation.channel === 'whatsapp' ? maskPhone(conversation.address) : `***${conversation.address.slice(-4)}`,
        language: conversation.language,
        market: isMarket(conversation.market) ? conversation.market : null,
        consent: conversation.consent,
        handoff: conversation.handoff,
        optedOut: conversation.optedOut,
        state: stateToString((conversation.snapshot as { value?: unknown } | null)?.value ?? ''),
        machineVersion: conversation.machineVersion,
        createdAt: conversation.createdAt.toISOString(),
        updatedAt: conversation.updatedAt.toISOString(),
        clientId: conversation.clientId,
        cases: conversation.cases,
        messages: messages.map((m) => ({
          id: m.id,
          direction: m.direction === 'in' ? 'in' : 'out',
          text: m.body,
          mediaCount: Array.isArray(m.media) ? m.media.length : 0,
          status: m.status,
          createdAt: m.createdAt.toISOString(),
        })),
      };
    },
    async getCase(id): Promise<StaffCaseView | null> {
      const found = await prisma.case.findUnique({
        where: { id },
        include: { analyses: { orderBy: { createdAt: 'desc' } }, quotes: { orderBy: { createdAt: 'desc' } }, payments: { orderBy: { receivedAt: 'desc' } } },
      });
      if (!found) return null;
      const invoices = await prisma.invoice.findMany({ where: { caseId: id }, select: { paymentId: true, number: true, accessToken: true } });
      const invoiceOf = new Map(invoices.map((invoice) => [invoice.paymentId, invoice]));
      return {
        id: found.id,
        number: found.number,
        status: found.status,
        jurisdiction: found.jurisdiction,
        clientId: found.clientId,
        conversationId: found.conversationId,
        createdAt: found.createdAt.toISOString(),
        updatedAt: found.updatedAt.toISOString(),
        // Stored by this version's intake; anything else (an older shape) is shown as not read.
        ticket: ticketSchema.safeParse(found.ticket).data ?? null,
        respondBy: found.respondBy ? found.respondBy.toISOString().slice(0, 10) : null,
        urgent: found.urgent,
        ticketConfirmedAt: found.ticketConfirmedAt?.toISOString() ?? null,
        analyses: found.analyses.map((a) => ({
          id: a.id,
          status: a.status as StaffCaseView['analyses'][number]['status'],
          engine: a.engine as StaffCaseView['analyses'][number]['engine'],
          model: a.model,
          promptVersion: a.promptVersion,
          score: a.score,
          needsReview: a.needsReview,
          fallbackReason: a.fallbackReason,
          retrievedChunkIds: a.retrievedChunkIds,
          timings: (a.timings as StaffCaseView['analyses'][number]['timings']) ?? null,
          // Stored by this version; an older shape shows as null rather than failing the view.
          analysis: contestAnalysisSchema.safeParse(a.result).data ?? null,
          createdAt: a.createdAt.toISOString(),
        })),
        flag: found.flaggedAt ? { at: found.flaggedAt.toISOString(), reason: found.flagReason ?? 'unknown' } : null,
        quotes: found.quotes.map((q) => ({
          id: q.id,
          status: q.status as StaffCaseView['quotes'][number]['status'],
          currency: q.currency as StaffCaseView['quotes'][number]['currency'],
          feeCents: q.feeCents,
          taxes: q.taxes as StaffCaseView['quotes'][number]['taxes'],
          totalCents: q.totalCents,
          pricingVersion: q.pricingVersion,
          interacReference: q.interacReference,
          expiresAt: q.expiresAt.toISOString(),
          paidAt: q.paidAt?.toISOString() ?? null,
          createdAt: q.createdAt.toISOString(),
        })),
        payments: found.payments.map((p) => {
          const invoice = invoiceOf.get(p.id);
          return {
            id: p.id,
            method: p.method as StaffCaseView['payments'][number]['method'],
            status: p.status,
            amountCents: p.amountCents,
            currency: p.currency,
            receivedAt: p.receivedAt.toISOString(),
            recordedBy: p.recordedBy,
            invoiceNumber: invoice?.number ?? null,
            invoiceUrl: invoice ? `${publicBaseUrl}/invoices/${invoice.accessToken}` : null,
          };
        }),
      };
    },
    async releaseHandoff(id, actor) {
      const conversation = await prisma.conversation.findUnique({ where: { id }, select: { handoff: true } });
      if (!conversation) return 'not-found';
      if (!conversation.handoff) return 'not-in-handoff';
      const at = now();
      // Through the durable job table, so the release is a turn like any other: ordered, once.
      await prisma.$transaction(async (tx) => {
        await scheduleConversationEvent({ tx, conversationId: id, event: { type: 'STAFF.RELEASE' }, runAt: at });
        await tx.auditLog.create({ data: { actor, action: 'handoff.released', conversationId: id, at } });
      });
      enqueue(id);
      return 'released';
    },
    async sendStaffReply(id, text, actor) {
      const conversation = await prisma.conversation.findUnique({ where: { id }, select: { id: true, channel: true } });
      if (!conversation) return null;
      const message = await prisma.$transaction(async (tx) => {
        const created = await queueOutboundMessage({ tx, conversation, text, templateKey: 'staff.reply' });
        await tx.auditLog.create({ data: { actor, action: 'staff.replied', conversationId: id, details: { length: text.length } } });
        return created;
      });
      onRepliesQueued();
      return { messageId: message.id };
    },
  };
}
