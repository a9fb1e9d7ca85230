import { MARKETS, marketOf } from '../../flows/markets.js';
import { instantInTimeZone } from '../../tickets/instant-in-time-zone.js';
import { formatCaseNumber } from '../runtime/format-case-number.js';
import { scheduleConversationEvent } from '../runtime/schedule-conversation-event.js';
import { buildReviewCard } from './build-review-card.js';
import { checkHearingInput } from '../../reviews/check-case-inputs.js';
import { scheduleCaseReminders } from '../reminders/schedule-case-reminders.js';
import type { ReviewActionContext } from './review-action-context.js';
import type { HearingInput, ReviewActionResult } from './review-port.js';

type HearingResult = ReviewActionResult | { kind: 'invalid'; message: string };


/**
 * The hearing a lawyer recorded (Slack shortcut or staff API): the date and
 * time are the court's, read in the jurisdiction's zone. The driver is told;
 * recording it again with another date tells them again (a postponement).
 */
export async function recordHearing(context: ReviewActionContext, { caseId, actor, hearing }: { caseId: string; actor: string; hearing: HearingInput }): Promise<HearingResult> {
  const { prisma, settings } = context;
  const now = context.now();
  const court = hearing.court.trim();
  const room = hearing.room?.trim() || null;
  const faulty = checkHearingInput({ ...hearing, court, room });
  if (faulty.length > 0) return { kind: 'invalid', message: `Check ${faulty.join(', ')}: a calendar day (YYYY-MM-DD), HH:MM (24 h), the court (up to 200 characters), the room (up to 50)` };
  const review = await prisma.lawyerReview.findUnique({ where: { caseId }, include: { case: { select: { number: true, clientId: true, hearingAt: true, hearingCourt: true, hearingRoom: true } } } });
  if (!review) {
    const exists = await prisma.case.count({ where: { id: caseId } });
    return exists ? { kind: 'invalid', message: 'The case is not in lawyer review yet' } : { kind: 'not_found' };
  }
  const market = marketOf(review.market);
  const hearingAt = instantInTimeZone(hearing.date, hearing.time, MARKETS[market].timeZone);
  if (hearingAt.getTime() <= now.getTime()) return { kind: 'invalid', message: 'The hearing date is in the past' };
  const card = () => buildReviewCard({ prisma, settings, now, where: { caseId } });
  if (review.status === 'rejected' || review.status === 'closed') {
    const current = await card();
    return current ? { kind: 'not_allowed', card: current, reason: 'closed' } : { kind: 'not_found' };
  }
  const same = review.case.hearingAt?.getTime() === hearingAt.getTime() && review.case.hearingCourt === court && review.case.hearingRoom === room;
  if (!same) {
    await prisma.$transaction(async (tx) => {
      await tx.case.update({ where: { id: caseId }, data: { hearingAt, hearingCourt: court, hearingRoom: room } });
      // Its reminders (7 days, the day before, the morning of) move with it.
      await scheduleCaseReminders({ tx, caseId, now, which: 'hearing', hearing: { date: hearing.date, time: hearing.time, court, room } });
      await tx.auditLog.create({
        data: { actor, action: 'case.hearing', caseId, clientId: review.case.clientId, conversationId: review.conversationId, details: { reviewId: review.id, hearingAt: hearingAt.toISOString(), detail: `${hearing.date} ${hearing.time}, ${court}${room ? `, ${room}` : ''}` }, at: now },
      });
      if (review.conversationId) {
        await scheduleConversationEvent({
          tx,
          conversationId: review.conversationId,
          event: { type: 'CASE.HEARING_SET', caseId, caseNumber: formatCaseNumber(review.case.number), date: hearing.date, time: hearing.time, court, room },
          runAt: now,
          id: `hearing:${caseId}:${hearingAt.toISOString()}:${court}:${room ?? ''}`,
        });
      }
    });
  }
  const current = await card();
  return current ? { kind: same ? 'already' : 'done', card: current } : { kind: 'not_found' };
}
