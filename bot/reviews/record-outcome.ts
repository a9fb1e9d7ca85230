import { MARKETS, marketOf } from '../../flows/markets.js';
import { CASE_OUTCOMES } from '../../flows/conversation/conversation-events.js';
import { formatCaseNumber } from '../runtime/format-case-number.js';
import { scheduleConversationEvent } from '../runtime/schedule-conversation-event.js';
import { buildReviewCard } from './build-review-card.js';
import { checkOutcomeInput, MAX_OUTCOME_FINE_CENTS, MAX_OUTCOME_POINTS } from '../../reviews/check-case-inputs.js';
import { cancelCaseReminders } from '../reminders/cancel-case-reminders.js';
import type { ReviewActionContext } from './review-action-context.js';
import type { OutcomeInput, ReviewActionResult } from './review-port.js';

type OutcomeResult = ReviewActionResult | { kind: 'invalid'; message: string };


/** What the court decided: stored, told to the driver, and the case closes (one outcome per case). */
export async function recordOutcome(context: ReviewActionContext, { caseId, actor, outcome }: { caseId: string; actor: string; outcome: OutcomeInput }): Promise<OutcomeResult> {
  const { prisma, settings } = context;
  const now = context.now();
  if (!CASE_OUTCOMES.includes(outcome.outcome)) return { kind: 'invalid', message: `outcome: one of ${CASE_OUTCOMES.join(', ')}` };
  const reduced = outcome.outcome === 'reduced';
  const points = reduced ? outcome.points : null;
  const fineCents = reduced ? outcome.fineCents : null;
  const faulty = checkOutcomeInput({ reduced, points, fineCents });
  if (faulty.includes('reducedNeedsDetail')) return { kind: 'invalid', message: 'A reduced charge needs the new points or the new fine' };
  if (faulty.length > 0) return { kind: 'invalid', message: `points: 0 to ${MAX_OUTCOME_POINTS}; fineCents: whole cents, 0 to ${MAX_OUTCOME_FINE_CENTS}` };
  const review = await prisma.lawyerReview.findUnique({ where: { caseId }, include: { case: { select: { number: true, clientId: true, outcome: true } } } });
  if (!review) {
    const exists = await prisma.case.count({ where: { id: caseId } });
    return exists ? { kind: 'invalid', message: 'The case is not in lawyer review yet' } : { kind: 'not_found' };
  }
  const market = marketOf(review.market);
  const won = await prisma.$transaction(async (tx) => {
    const closed = await tx.lawyerReview.updateMany({ where: { id: review.id, status: { in: ['pending', 'question', 'approved'] } }, data: { status: 'closed' } });
    if (closed.count !== 1) return false;
    await tx.case.update({ where: { id: caseId }, data: { status: 'closed', outcome: outcome.outcome, outcomePoints: points, outcomeFineCents: fineCents, closedAt: now } });
    if (review.conversationId) await cancelCaseReminders({ tx, caseId, conversationId: review.conversationId });
    await tx.auditLog.create({
      data: { actor, action: 'case.outcome', caseId, clientId: review.case.clientId, conversationId: review.conversationId, details: { reviewId: review.id, outcome: outcome.outcome, points, fineCents, detail: outcome.outcome }, at: now },
    });
    if (review.conversationId) {
      await scheduleConversationEvent({
        tx,
        conversationId: review.conversationId,
        event: { type: 'CASE.OUTCOME', caseId, caseNumber: formatCaseNumber(review.case.number), outcome: outcome.outcome, points, fineCents, currency: MARKETS[market].currency },
        runAt: now,
        id: `outcome:${caseId}`,
      });
    }
    return true;
  });
  const card = await buildReviewCard({ prisma, settings, now, where: { caseId } });
  if (!card) return { kind: 'not_found' };
  if (won) return { kind: 'done', card };
  return review.case.outcome === outcome.outcome ? { kind: 'already', card } : { kind: 'not_allowed', card, reason: 'closed' };
}
