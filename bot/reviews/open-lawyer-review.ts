import type { Prisma } from '../../prisma/generated/client.js';
import { hashDraftText } from '../../reviews/hash-draft-text.js';
import { MARKETS, marketOf } from '../../flows/markets.js';
import { daysUntil } from '../../tickets/deadlines/days-until.js';
import { URGENT_WITHIN_DAYS } from '../../tickets/deadlines/compute-response-deadline.js';

export interface OpenLawyerReviewOptions {
  tx: Prisma.TransactionClient;
  caseId: string;
  conversationId: string;
  now: Date;
}

/** The draft to start from: the court-language draft of the latest scored analysis, or nothing (a lawyer writes it). */
function draftOf(result: unknown): string {
  const text = (result as { draft?: { text?: unknown } } | null)?.draft?.text;
  return typeof text === 'string' ? text : '';
}

/**
 * Puts a paid, signed case before a lawyer, in the turn's transaction: the
 * review, version 1 of the draft (from the analysis) and the Slack card to
 * post (urgent cases first). Idempotent: a case has one review, so a replayed
 * turn or an upgraded v5 conversation cannot post the case twice. True when the card was queued.
 */
export async function openLawyerReview({ tx, caseId, conversationId, now }: OpenLawyerReviewOptions): Promise<boolean> {
  const existing = await tx.lawyerReview.findUnique({ where: { caseId }, select: { id: true } });
  if (existing) return false;
  const found = await tx.case.findUnique({
    where: { id: caseId },
    select: { jurisdiction: true, urgent: true, respondBy: true, clientId: true, analyses: { orderBy: { createdAt: 'desc' }, take: 1, select: { result: true } } },
  });
  if (!found) return false;
  const market = marketOf(found.jurisdiction);
  const text = draftOf(found.analyses[0]?.result ?? null);
  const zone = MARKETS[market].timeZone;
  const daysLeft = daysUntil({ date: found.respondBy?.toISOString().slice(0, 10) ?? null, now, timeZone: zone });
  // The case's flag was set when the ticket was read; days have passed since (payment, signature).
  // Urgent (the ticket's own rule: 5 days or less): the card goes first and mentions the on-duty lawyer.
  const urgent = found.urgent || (daysLeft !== null && daysLeft <= URGENT_WITHIN_DAYS);
  const review = await tx.lawyerReview.create({
    data: { caseId, conversationId, market, urgent, createdAt: now },
  });
  await tx.draftVersion.create({ data: { caseId, version: 1, text, sha256: hashDraftText(text), createdBy: 'analysis', createdAt: now } });
  await tx.slackPost.create({ data: { reviewId: review.id, kind: 'card', priority: urgent ? 0 : 1, createdAt: now, nextAttemptAt: now } });
  await tx.auditLog.create({ data: { actor: 'system', action: 'review.requested', caseId, clientId: found.clientId, conversationId, details: { reviewId: review.id }, at: now } });
  return true;
}
