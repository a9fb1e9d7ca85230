import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../../signing/sha256-hex.js';
import { formatCaseNumber } from '../runtime/format-case-number.js';
import { scheduleConversationEvent } from '../runtime/schedule-conversation-event.js';
import { answerWithCard } from './answer-with-card.js';
import { cancelCaseReminders } from '../reminders/cancel-case-reminders.js';
import { PLEA_REMINDER_KINDS } from '../../reminders/reminder-kinds.js';
import { OPEN_REVIEW_STATUSES, type ReviewActionContext } from './review-action-context.js';
import type { ReviewActionResult } from './review-port.js';

/**
 * Approves the current draft version and freezes it (its SHA-256 is stored).
 * One conditional update decides: of two clicks, one approves and the other
 * gets `already`. In the same transaction the case moves on, the audit names
 * the lawyer, and the conversation is told (LAWYER.APPROVED with the link to
 * the final document, whose secret only the driver receives).
 */
export async function approveDraft(context: ReviewActionContext, { reviewId, actor }: { reviewId: string; actor: string }): Promise<ReviewActionResult> {
  const { prisma, settings } = context;
  const now = context.now();
  const token = randomBytes(16).toString('base64url');
  const outcome = await prisma.$transaction(async (tx) => {
    const review = await tx.lawyerReview.findUnique({ where: { id: reviewId }, include: { case: { select: { number: true, clientId: true } } } });
    if (!review) return 'not_found' as const;
    const latest = await tx.draftVersion.findFirst({ where: { caseId: review.caseId }, orderBy: { version: 'desc' } });
    if (!latest) return 'not_found' as const;
    const won = await tx.lawyerReview.updateMany({
      where: { id: reviewId, status: { in: OPEN_REVIEW_STATUSES } },
      data: { status: 'approved', decidedBy: actor, decidedAt: now, openQuestion: null, approvedVersion: latest.version, approvedSha256: latest.sha256, documentTokenHash: sha256Hex(token) },
    });
    if (won.count !== 1) return review.status === 'approved' ? ('already' as const) : ('decided' as const);
    await tx.case.update({ where: { id: review.caseId }, data: { status: 'approved' } });
    // A lawyer has the plea in hand: the driver is no longer reminded to answer the ticket.
    if (review.conversationId) await cancelCaseReminders({ tx, caseId: review.caseId, conversationId: review.conversationId, kinds: PLEA_REMINDER_KINDS });
    await tx.auditLog.create({
      data: { actor, action: 'review.approved', caseId: review.caseId, clientId: review.case.clientId, conversationId: review.conversationId, details: { reviewId, version: latest.version, sha256: latest.sha256, detail: `v${latest.version}` }, at: now },
    });
    if (review.conversationId) {
      await scheduleConversationEvent({
        tx,
        conversationId: review.conversationId,
        event: { type: 'LAWYER.APPROVED', caseId: review.caseId, caseNumber: formatCaseNumber(review.case.number), documentUrl: `${settings.publicBaseUrl}/documents/${token}` },
        runAt: now,
        id: `lawyer-approved:${reviewId}`,
      });
    }
    return 'done' as const;
  });
  return answerWithCard(context, { reviewId, outcome, now });
}
