import type { Prisma } from '../../prisma/generated/client.js';
import type { CaseReminder } from '../../flows/conversation/conversation-events.js';
import { MARKETS, marketOf } from '../../flows/markets.js';
import { planHearingReminders, planPleaReminders } from '../../reminders/plan-case-reminders.js';
import { HEARING_REMINDER_KINDS, PLEA_REMINDER_KINDS } from '../../reminders/reminder-kinds.js';
import { formatCaseNumber } from '../runtime/format-case-number.js';
import { scheduleConversationEvent } from '../runtime/schedule-conversation-event.js';
import { cancelCaseReminders } from './cancel-case-reminders.js';

export interface ScheduleCaseRemindersOptions {
  tx: Prisma.TransactionClient;
  caseId: string;
  now: Date;
  /** plea: from the date to answer the ticket; hearing: from the recorded hearing. */
  which: 'plea' | 'hearing';
  /** The hearing as the lawyer gave it (court day and time). */
  hearing?: { date: string; time: string; court: string; room: string | null };
}

/**
 * Writes a case's reminders as ScheduledJob rows, in the caller's transaction.
 * The job id is case + kind + due time: scheduling twice (a replayed turn, the
 * same hearing recorded again) writes nothing new. Reminders of the same kind
 * planned before (another deadline, a rescheduled hearing) are cancelled first.
 */
export async function scheduleCaseReminders({ tx, caseId, now, which, hearing }: ScheduleCaseRemindersOptions): Promise<number> {
  const found = await tx.case.findUnique({ where: { id: caseId }, select: { number: true, jurisdiction: true, respondBy: true, conversationId: true } });
  if (!found?.conversationId) return 0;
  const jurisdiction = found.jurisdiction === 'ON' || found.jurisdiction === 'NY' ? found.jurisdiction : 'QC';
  const timeZone = MARKETS[marketOf(jurisdiction)].timeZone;
  await cancelCaseReminders({ tx, caseId, conversationId: found.conversationId, kinds: which === 'plea' ? PLEA_REMINDER_KINDS : HEARING_REMINDER_KINDS });
  const respondBy = found.respondBy ? found.respondBy.toISOString().slice(0, 10) : null;
  const planned =
    which === 'plea'
      ? respondBy
        ? planPleaReminders({ respondBy, timeZone, now })
        : []
      : hearing
        ? planHearingReminders({ date: hearing.date, time: hearing.time, timeZone, now })
        : [];
  for (const { kind, dueAt } of planned) {
    const event: { type: 'CASE.REMINDER' } & CaseReminder = {
      type: 'CASE.REMINDER',
      caseId,
      caseNumber: formatCaseNumber(found.number),
      kind,
      jurisdiction,
      respondBy: which === 'plea' ? respondBy : null,
      hearing: which === 'hearing' && hearing ? hearing : null,
    };
    await scheduleConversationEvent({ tx, conversationId: found.conversationId, event: { ...event }, runAt: dueAt, id: `reminder:${caseId}:${kind}:${dueAt.toISOString()}` });
    // A cancelled job with this id (the same hearing recorded, moved, then moved back) comes back to life.
    await tx.scheduledJob.updateMany({ where: { id: `reminder:${caseId}:${kind}:${dueAt.toISOString()}`, status: 'cancelled' }, data: { status: 'pending', event: { ...event } } });
  }
  return planned.length;
}
