import type { Prisma } from '../../prisma/generated/client.js';
import type { Conversation } from '../../prisma/generated/client.js';
import { mediaIdsOf } from '../privacy/media-ids-of.js';
import { recordCaseAnalysis } from './record-case-analysis.js';
import { openLawyerReview } from '../reviews/open-lawyer-review.js';
import { recordClientAnswer } from '../reviews/record-client-answer.js';
import { eraseClientData } from '../privacy/erase-client-data.js';
import { withdrawConsent } from '../privacy/withdraw-consent.js';
import { scheduleCaseReminders } from '../reminders/schedule-case-reminders.js';
import { recordNoticeEmail } from '../reminders/record-notice-email.js';
import { scheduleConversationEvent } from './schedule-conversation-event.js';
import type { TurnEffect } from './turn-effects.js';

type Tx = Prisma.TransactionClient;

export interface ApplyTurnEffectsOptions {
  tx: Tx;
  conversation: Conversation;
  effects: TurnEffect[];
  now: Date;
  /** Seq of the inbound message of this turn, if any: "forget" removes up to it. */
  inboundSeq?: bigint;
}

export interface AppliedEffects {
  /** Media files to delete once the transaction has committed. */
  mediaToRemove: string[];
  /** Mandate PDFs (document store keys) to delete once the transaction has committed. */
  documentsToRemove: string[];
  /** What this turn queued besides chat replies: those outboxes are woken after the commit, the others left alone. */
  queued: { emails: boolean; slackPosts: boolean };
}


/**
 * Applies everything but replies (see commit-conversation-turn.ts), inside
 * the turn's transaction. Audit entries name what happened, never the data.
 */
export async function applyTurnEffects({ tx, conversation, effects, now, inboundSeq }: ApplyTurnEffectsOptions): Promise<AppliedEffects> {
  const mediaToRemove: string[] = [];
  const queued = { emails: false, slackPosts: false };
  const documentsToRemove: string[] = [];
  let clientId = conversation.clientId;
  const audit = (action: string, details?: Prisma.InputJsonValue, caseId?: string) =>
    tx.auditLog.create({ data: { actor: 'driver', action, conversationId: conversation.id, clientId, caseId, details, at: now } });

  for (const effect of effects) {
    switch (effect.kind) {
      case 'reply':
      case 'replyTicketSummary':
      case 'replyAnalysis':
      case 'replyQuote':
      case 'replyPayment':
      case 'replySignature':
        break;
      case 'recordMandate': {
        const { prepared } = effect;
        // One open link per case: an older one (expired, locked, or sent again) stops working now.
        await tx.signatureRequest.updateMany({ where: { caseId: prepared.offer.caseId, status: 'open' }, data: { status: 'superseded' } });
        await tx.signatureRequest.create({
          data: {
            id: prepared.offer.signatureRequestId,
            caseId: prepared.offer.caseId,
            conversationId: conversation.id,
            tokenHash: prepared.tokenHash,
            language: prepared.language,
            jurisdiction: prepared.jurisdiction,
            templateId: prepared.templateId,
            templateVersion: prepared.templateVersion,
            document: prepared.document as Prisma.InputJsonValue,
            signatureBox: prepared.signatureBox,
            unsignedFileKey: prepared.unsignedFileKey,
            documentSha256: prepared.documentSha256,
            expiresAt: new Date(prepared.offer.expiresAt),
            createdAt: now,
            events: { create: { kind: 'created', at: now } },
          },
        });
        await audit('mandate.offered', { signatureRequestId: prepared.offer.signatureRequestId, template: `${prepared.templateId}@${prepared.templateVersion}` }, prepared.offer.caseId);
        break;
      }
      case 'recordQuote': {
        const { offer } = effect;
        await tx.quote.create({
          data: {
            id: offer.quoteId,
            caseId: effect.caseId,
            currency: offer.quote.currency,
            feeCents: offer.quote.feeCents,
            feeLines: offer.quote.feeLines as unknown as Prisma.InputJsonValue,
            taxes: offer.quote.taxes as unknown as Prisma.InputJsonValue,
            totalCents: offer.quote.totalCents,
            taxRegion: offer.quote.taxRegion,
            pricingVersion: offer.quote.pricingVersion,
            payToken: offer.payToken,
            interacReference: offer.interac?.reference ?? null,
            expiresAt: new Date(offer.expiresAt),
            createdAt: now,
          },
        });
        await audit('quote.offered', { currency: offer.quote.currency, totalCents: offer.quote.totalCents, card: offer.payUrl !== null, interac: offer.interac !== null }, effect.caseId);
        break;
      }
      case 'expireQuote': {
        const expired = await tx.quote.updateMany({ where: { id: effect.quoteId, status: 'open' }, data: { status: 'expired' } });
        if (expired.count > 0) await audit('quote.expired', { quoteId: effect.quoteId });
        break;
      }
      case 'recordEmail':
        if (clientId) {
          await tx.client.update({ where: { id: clientId }, data: { email: effect.email } });
          await audit('client.email_recorded');
        }
        break;
      case 'recordAnalysis': {
        await recordCaseAnalysis({ tx, caseId: effect.caseId, outcome: effect.outcome });
        const analysis = effect.outcome;
        await audit(
          'case.analysed',
          // The audit says what happened, never the ticket or the analysis text.
          analysis.status === 'scored'
            ? { status: analysis.status, engine: analysis.engine, score: analysis.analysis.score, needsReview: analysis.needsReview }
            : { status: analysis.status },
          effect.caseId,
        );
        break;
      }
      case 'recordConsent': {
        if (effect.consent === 'granted' && !clientId) {
          const phone = conversation.channel === 'sms' || conversation.channel === 'whatsapp' ? conversation.address : null;
          // The same number on SMS and WhatsApp is one client.
          const existing = phone ? await tx.client.findFirst({ where: { phone, erasedAt: null } }) : null;
          const client = existing ?? (await tx.client.create({ data: { phone, language: conversation.language ?? 'fr' } }));
          clientId = client.id;
        }
        await tx.conversation.update({ where: { id: conversation.id }, data: { consent: effect.consent, consentAt: now, clientId } });
        await audit(`consent.${effect.consent}`);
        break;
      }
      case 'forgetConversation': {
        // Everything said so far, but never a driver message that arrived after
        // this one and is still waiting for its turn: that one was acknowledged.
        const scope = {
          conversationId: conversation.id,
          OR: [{ direction: 'out' }, { direction: 'in', ...(inboundSeq ? { seq: { lte: inboundSeq } } : {}) }],
        };
        const messages = await tx.message.findMany({ where: scope, select: { media: true } });
        mediaToRemove.push(...messages.flatMap((m) => mediaIdsOf(m.media)));
        await tx.message.deleteMany({ where: scope });
        break;
      }
      case 'openCase': {
        if (!clientId) throw new Error('A case needs a client: consent comes first');
        await tx.case.create({
          data: {
            id: effect.caseId,
            clientId,
            conversationId: conversation.id,
            status: 'intake',
            media: effect.media.filter((m) => m.id).map((m) => ({ id: m.id!, contentType: m.contentType })),
          },
        });
        await audit('case.opened', { source: effect.media.length > 0 ? 'photo' : 'text' }, effect.caseId);
        break;
      }
      case 'recordTicket': {
        const { ticket, deadline, confirmed } = effect;
        await tx.case.update({
          where: { id: effect.caseId },
          data: {
            ticket: ticket ?? undefined,
            jurisdiction: ticket?.jurisdiction,
            respondBy: deadline?.respondBy ? new Date(`${deadline.respondBy}T00:00:00Z`) : null,
            urgent: deadline?.urgent ?? false,
            ...(confirmed ? { status: 'analysis', ticketConfirmedAt: now } : {}),
          },
        });
        // The audit names what changed, never the ticket's content.
        await audit(confirmed ? 'ticket.confirmed' : 'ticket.read', { urgent: deadline?.urgent ?? false }, effect.caseId);
        // Confirmed: the driver is reminded of the date to answer by until a lawyer has the case.
        if (confirmed) await scheduleCaseReminders({ tx, caseId: effect.caseId, now, which: 'plea' });
        break;
      }
      case 'attachToCase': {
        const existing = await tx.case.findUnique({ where: { id: effect.caseId }, select: { media: true } });
        const media = [...(Array.isArray(existing?.media) ? (existing.media as Prisma.InputJsonValue[]) : []), ...effect.media.filter((m) => m.id).map((m) => ({ id: m.id!, contentType: m.contentType }))];
        await tx.case.update({ where: { id: effect.caseId }, data: { media } });
        break;
      }
      case 'setLanguage':
        await tx.conversation.update({ where: { id: conversation.id }, data: { language: effect.language } });
        if (clientId) await tx.client.update({ where: { id: clientId }, data: { language: effect.language } });
        break;
      case 'requestHandoff':
        await tx.conversation.update({ where: { id: conversation.id }, data: { handoff: true } });
        await audit('handoff.requested');
        break;
      case 'endHandoff':
        await tx.conversation.update({ where: { id: conversation.id }, data: { handoff: false } });
        break;
      case 'setOptOut':
        await tx.conversation.update({ where: { id: conversation.id }, data: { optedOut: effect.optedOut } });
        await audit(effect.optedOut ? 'messages.opted_out' : 'messages.opted_in');
        break;
      case 'emailNotice':
        if (await recordNoticeEmail({ tx, caseId: effect.caseId, language: effect.language, key: effect.key, vars: effect.vars, now })) queued.emails = true;
        break;
      case 'replyReminders':
        break;
      case 'requestLawyerReview':
        if (await openLawyerReview({ tx, caseId: effect.caseId, conversationId: conversation.id, now })) queued.slackPosts = true;
        break;
      case 'relayAnswerToLawyer':
        if (await recordClientAnswer({ tx, caseId: effect.caseId, conversationId: conversation.id, text: effect.text, now })) queued.slackPosts = true;
        break;
      case 'scheduleTimer':
        await scheduleConversationEvent({ tx, conversationId: conversation.id, event: { type: effect.event }, runAt: new Date(now.getTime() + effect.delayMs) });
        break;
      case 'cancelTimer':
        await tx.scheduledJob.updateMany({
          where: { conversationId: conversation.id, status: 'pending', event: { path: ['type'], equals: effect.event } },
          data: { status: 'cancelled' },
        });
        break;
      case 'eraseClientData': {
        const erased = await eraseClientData({ tx, clientId, conversationId: conversation.id, now, keepStatistics: false });
        mediaToRemove.push(...erased.mediaToRemove);
        documentsToRemove.push(...erased.documentsToRemove);
        if (erased.slackErasures > 0) queued.slackPosts = true;
        await audit('client.erased', { messages: erased.messages, cases: erased.cases, media: erased.mediaToRemove.length, documents: erased.documentsToRemove.length, slackMessages: erased.slackErasures });
        clientId = null;
        break;
      }
      case 'withdrawConsent': {
        const withdrawn = await withdrawConsent({ tx, clientId, conversationId: conversation.id, now });
        mediaToRemove.push(...withdrawn.mediaToRemove);
        documentsToRemove.push(...withdrawn.documentsToRemove);
        if (withdrawn.slackErasures > 0) queued.slackPosts = true;
        await audit('consent.withdrawn', { keptCases: withdrawn.keptCases, erasedCases: withdrawn.cases, clientErased: withdrawn.clientErased, messages: withdrawn.messages });
        if (withdrawn.clientErased) clientId = null;
        break;
      }
      case 'recordDataExport':
        // The machine only asks for a copy after consent, so a client exists; a stale one is skipped.
        if (clientId) {
          await tx.dataExport.create({ data: { clientId, tokenSha256: effect.tokenSha256, requestedBy: 'driver', createdAt: now, expiresAt: new Date(now.getTime() + effect.validMs) } });
          await audit('data.export_requested', { requestedBy: 'driver' });
        }
        break;
    }
  }
  return { mediaToRemove, documentsToRemove, queued };
}
