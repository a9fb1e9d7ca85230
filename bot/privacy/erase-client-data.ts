import { Prisma } from '../../prisma/generated/client.js';
import { eraseReviewsInSlack } from '../reviews/erase-reviews-in-slack.js';
import { mediaIdsOf } from './media-ids-of.js';

export interface EraseClientDataOptions {
  tx: Prisma.TransactionClient;
  /** The client to erase; null for a conversation that never consented (its transcript only). */
  clientId: string | null;
  /** The conversation the request came from (erased even when it has no client). */
  conversationId: string;
  now: Date;
  /**
   * The retention purge keeps each case as an anonymous line of statistics
   * (stage, jurisdiction, offence category, dates, outcome, score); a driver's
   * DELETE MY DATA removes the cases themselves.
   */
  keepStatistics: boolean;
  /** Only these cases (a withdrawal keeps the ones under a mandate); all of the client's otherwise. */
  caseIds?: string[];
}

export interface ErasedClientData {
  mediaToRemove: string[];
  documentsToRemove: string[];
  slackErasures: number;
  messages: number;
  cases: number;
}

/**
 * The one erasure: DELETE MY DATA, a consent withdrawal and the retention purge
 * all come here, inside their transaction. Payments, invoices and the audit log
 * stay (the firm's books, no foreign keys); files go after the commit.
 */
export async function eraseClientData({ tx, clientId, conversationId, now, keepStatistics, caseIds }: EraseClientDataOptions): Promise<ErasedClientData> {
  const wholeClient = caseIds === undefined;
  const conversationIds = clientId && wholeClient
    ? (await tx.conversation.findMany({ where: { OR: [{ clientId }, { id: conversationId }] }, select: { id: true } })).map((c) => c.id)
    : wholeClient ? [conversationId] : [];
  const caseScope: Prisma.CaseWhereInput = clientId ? { clientId, ...(caseIds ? { id: { in: caseIds } } : {}) } : { id: { in: [] } };
  const messages = await tx.message.findMany({ where: { conversationId: { in: conversationIds } }, select: { media: true } });
  const cases = await tx.case.findMany({ where: caseScope, select: { id: true, media: true, ticket: true } });
  // The mandates go with the cases: unsigned and sealed copies alike.
  const mandates = await tx.signatureRequest.findMany({ where: { case: caseScope }, select: { unsignedFileKey: true, signedFileKey: true } });
  const documentsToRemove = mandates.flatMap((m) => [m.unsignedFileKey, ...(m.signedFileKey ? [m.signedFileKey] : [])]);
  const mediaToRemove = [...messages.flatMap((m) => mediaIdsOf(m.media)), ...cases.flatMap((c) => mediaIdsOf(c.media))];
  // Only whole clients have reviews to erase: a withdrawal erases cases never paid, hence never before a lawyer.
  const slackErasures = clientId && wholeClient ? await eraseReviewsInSlack({ tx, clientId, now }) : 0;
  const deletedMessages = await tx.message.deleteMany({ where: { conversationId: { in: conversationIds } } });
  if (keepStatistics) {
    await anonymiseCases({ tx, cases, now });
  } else {
    await tx.case.deleteMany({ where: caseScope });
  }
  await tx.scheduledJob.updateMany({ where: { conversationId: { in: conversationIds }, status: 'pending' }, data: { status: 'cancelled' } });
  if (clientId && wholeClient) {
    // Receipts not yet sent go nowhere now; the invoices themselves stay (the firm's books).
    await tx.outboundEmail.updateMany({ where: { clientId, status: { in: ['pending', 'sending'] } }, data: { status: 'cancelled', to: '' } });
    await tx.dataExport.deleteMany({ where: { clientId } });
    await tx.client.update({
      where: { id: clientId },
      data: { firstName: null, email: null, phone: null, licenceNumberSealed: null, dateOfBirthSealed: null, erasedAt: now },
    });
  }
  if (wholeClient) {
    await tx.conversation.updateMany({ where: { id: { in: conversationIds } }, data: { clientId: null, consent: null, consentAt: null, handoff: false } });
  }
  return { mediaToRemove, documentsToRemove, slackErasures, messages: deletedMessages.count, cases: cases.length };
}

/**
 * What bot/stats counts stays on the row (status, jurisdiction, offence
 * category, respondBy, outcome, closedAt, the scores); what names or shows the
 * driver goes: the ticket's other fields, the photos, the analyses' text, the
 * drafts, the mandates, the review's words.
 */
async function anonymiseCases({ tx, cases, now }: { tx: Prisma.TransactionClient; cases: { id: string; ticket: unknown }[]; now: Date }) {
  for (const row of cases) {
    const ticket = (row.ticket ?? {}) as { jurisdiction?: unknown; offenceCategory?: unknown };
    const kept = row.ticket ? { jurisdiction: ticket.jurisdiction ?? null, offenceCategory: ticket.offenceCategory ?? null } : undefined;
    await tx.case.update({
      where: { id: row.id },
      data: { ticket: kept ?? undefined, media: [], conversationId: null, hearingCourt: null, hearingRoom: null, flagReason: null, purgedAt: now },
    });
  }
  const ids = cases.map((c) => c.id);
  if (ids.length === 0) return;
  await tx.caseAnalysis.updateMany({ where: { caseId: { in: ids } }, data: { result: Prisma.DbNull, timings: Prisma.DbNull } });
  await tx.draftVersion.deleteMany({ where: { caseId: { in: ids } } });
  await tx.signatureRequest.deleteMany({ where: { caseId: { in: ids } } });
  await tx.lawyerReview.deleteMany({ where: { caseId: { in: ids } } });
}
