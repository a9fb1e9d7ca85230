import { formatCaseNumber } from '../runtime/format-case-number.js';
import { scheduleConversationEvent } from '../runtime/schedule-conversation-event.js';
import { answerWithCard } from './answer-with-card.js';
import { cancelCaseReminders } from '../reminders/cancel-case-reminders.js';
import { OPEN_REVIEW_STATUSES, type ReviewActionContext } from './review-action-context.js';
import type { ReviewActionResult } from './review-port.js';

/**
 * The firm will not take the case. The driver is told why and that what they
 * paid comes back; the case is flagged `refund_due` so a person refunds it in
 * Stripe or by e-Transfer (a refund moves money: a person does it).
 */
export async function rejectCase(context: ReviewActionContext, { reviewId, actor, reason }: { reviewId: string; actor: string; reason: string }): Promise<ReviewActionResult> {
  const { prisma } = context;
  const now = context.now();
  const outcome = await prisma.$transaction(async (tx) => {
    const review = await tx.lawyerReview.findUnique({ where: { id: reviewId }, include: { case: { select: { number: true, clientId: true } } } });
    if (!review) return 'not_found' as const;
    const won = await tx.lawyerReview.updateMany({
      where: { id: reviewId, status: { in: OPEN_REVIEW_STATUSES } },
      data: { status: 'rejected', decidedBy: actor, decidedAt: now, rejectReason: reason, openQuestion: null },
    });
    if (won.count !== 1) return review.status === 'rejected' ? ('already' as const) : ('decided' as const);
    const paid = await tx.payment.findMany({ where: { caseId: review.caseId, status: 'succeeded' }, select: { amountCents: true, currency: true } });
    const amountCents = paid.reduce((sum, payment) => sum + payment.amountCents, 0);
    const currency = paid[0]?.currency === 'USD' ? 'USD' : 'CAD';
    await tx.case.update({
      where: { id: review.caseId },
      data: { status: 'rejected', closedAt: now, ...(amountCents > 0 ? { flaggedAt: now, flagReason: 'refund_due' } : {}) },
    });
    if (review.conversationId) await cancelCaseReminders({ tx, caseId: review.caseId, conversationId: review.conversationId });
    await tx.auditLog.create({
      data: { actor, action: 'review.rejected', caseId: review.caseId, clientId: review.case.clientId, conversationId: review.conversationId, details: { reviewId, refundCents: amountCents, detail: reason }, at: now },
    });
    if (review.conversationId) {
      await scheduleConversationEvent({
        tx,
        conversationId: review.conversationId,
        event: { type: 'LAWYER.REJECTED', caseId: review.caseId, caseNumber: formatCaseNumber(review.case.number), reason, refund: amountCents > 0 ? { amountCents, currency } : null },
        runAt: now,
        id: `lawyer-rejected:${reviewId}`,
      });
    }
    return 'done' as const;
  });
  return answerWithCard(context, { reviewId, outcome, now });
}
