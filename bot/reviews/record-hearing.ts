import { MARKETS, isMarket } from '../../flows/markets.js';
import { instantInTimeZone } from '../../tickets/instant-in-time-zone.js';
import { formatCaseNumber } from '../runtime/format-case-number.js';
import { scheduleConversationEvent } from '../runtime/schedule-conversation-event.js';
import { buildReviewCard } from './build-review-card.js';
import { scheduleCaseReminders } from '../reminders/schedule-case-reminders.js';
import type { ReviewActionContext } from './review-action-context.js';
import type { HearingInput, ReviewActionResult } from './review-port.js';

/** 2026-02-31 matches the pattern but is no day. */
const isCalendarDate = (date: string) => new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);

type HearingResult = ReviewActionResult | { kind: 'invalid'; message: string };

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

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
  if (!DATE.test(hearing.date) || !TIME.test(hearing.time)) return { kind: 'invalid', message: 'Give the date as YYYY-MM-DD and the time as HH:MM (24 h)' };
  if (court.length === 0 || court.length > 200 || (room?.length ?? 0) > 50) return { kind: 'invalid', message: 'Give the court (up to 200 characters) and the room (up to 50)' };
  const review = await prisma.lawyerReview.findUnique({ where: { caseId }, include: { case: { select: { number: true, clientId: true, hearingAt: true, hearingCourt: true, hearingRoom: true } } } });
  if (!review) {
    const exists = await prisma.case.count({ where: { id: caseId } });
    return exists ? { kind: 'invalid', message: 'The case is not in lawyer review yet' } : { kind: 'not_found' };
  }
  const market = isMarket(review.market) ? review.market : 'qc';
  const hearingAt = instantInTimeZone(hearing.date, hearing.time, MARKETS[market].timeZone);
  if (!isCalendarDate(hearing.date)) return { kind: 'invalid', message: 'No such date' };
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
