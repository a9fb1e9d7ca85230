import { formatCaseNumber } from '../runtime/format-case-number.js';
import { scheduleConversationEvent } from '../runtime/schedule-conversation-event.js';
import { answerWithCard } from './answer-with-card.js';
import { OPEN_REVIEW_STATUSES, type ReviewActionContext } from './review-action-context.js';
import type { ReviewActionResult } from './review-port.js';

/**
 * A lawyer's question to the driver: relayed in the chat (LAWYER.QUESTION), and
 * posted in the card's thread so the answer, relayed back there, sits under it.
 */
export async function askClient(context: ReviewActionContext, { reviewId, actor, question }: { reviewId: string; actor: string; question: string }): Promise<ReviewActionResult> {
  const { prisma } = context;
  const now = context.now();
  const outcome = await prisma.$transaction(async (tx) => {
    const review = await tx.lawyerReview.findUnique({ where: { id: reviewId }, include: { case: { select: { number: true, clientId: true } } } });
    if (!review) return 'not_found' as const;
    const won = await tx.lawyerReview.updateMany({ where: { id: reviewId, status: { in: OPEN_REVIEW_STATUSES } }, data: { status: 'question', openQuestion: question } });
    if (won.count !== 1) return 'decided' as const;
    await tx.slackPost.create({ data: { reviewId, kind: 'question', text: question, createdAt: now, nextAttemptAt: now } });
    await tx.auditLog.create({
      data: { actor, action: 'review.asked', caseId: review.caseId, clientId: review.case.clientId, conversationId: review.conversationId, details: { reviewId, detail: question }, at: now },
    });
    if (review.conversationId) {
      await scheduleConversationEvent({
        tx,
        conversationId: review.conversationId,
        event: { type: 'LAWYER.QUESTION', caseId: review.caseId, caseNumber: formatCaseNumber(review.case.number), question },
        runAt: now,
      });
    }
    return 'done' as const;
  });
  return answerWithCard(context, { reviewId, outcome, now });
}
