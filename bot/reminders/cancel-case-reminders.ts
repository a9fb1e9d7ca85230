import type { Prisma } from '../../prisma/generated/client.js';
import type { ReminderKind } from '../../reminders/reminder-kinds.js';

export interface CancelCaseRemindersOptions {
  tx: Prisma.TransactionClient;
  caseId: string;
  /** The case's conversation: its jobs are indexed by it. */
  conversationId: string;
  /** Only these kinds (a rescheduled hearing); all the case's reminders otherwise (a closed case). */
  kinds?: readonly ReminderKind[];
}

/** Pending reminders of a case that moved on are cancelled, in the transaction that moved it. */
export async function cancelCaseReminders({ tx, caseId, conversationId, kinds }: CancelCaseRemindersOptions): Promise<number> {
  const pending = await tx.scheduledJob.findMany({
    where: { conversationId, status: 'pending', event: { path: ['type'], equals: 'CASE.REMINDER' } },
    select: { id: true, event: true },
  });
  const ids = pending
    .filter(({ event }) => {
      const reminder = event as { caseId?: string; kind?: ReminderKind };
      return reminder.caseId === caseId && (!kinds || (reminder.kind !== undefined && kinds.includes(reminder.kind)));
    })
    .map(({ id }) => id);
  if (ids.length === 0) return 0;
  const { count } = await tx.scheduledJob.updateMany({ where: { id: { in: ids }, status: 'pending' }, data: { status: 'cancelled' } });
  return count;
}
