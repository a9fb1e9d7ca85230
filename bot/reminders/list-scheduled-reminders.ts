import type { Conversation, Prisma } from '../../prisma/generated/client.js';
import { MARKETS, marketOf } from '../../flows/markets.js';
import type { ListedReminder, ListedReminderKind } from '../../reminders/render-reminder-list.js';

const TIMER_KINDS: Record<string, ListedReminderKind> = {
  'TIMER.PAYMENT_REMINDER': 'payment',
  'TIMER.MANDATE_REMINDER': 'mandate',
  'TIMER.TICKET_NUDGE': 'ticketNudge',
};

/** The next reminders of a conversation (case reminders and its own nudges), for REMINDERS. */
export async function listScheduledReminders({ tx, conversation, now, limit = 8 }: { tx: Prisma.TransactionClient; conversation: Conversation; now: Date; limit?: number }): Promise<ListedReminder[]> {
  const jobs = await tx.scheduledJob.findMany({ where: { conversationId: conversation.id, status: 'pending', runAt: { gte: now } }, orderBy: { runAt: 'asc' }, take: 50 });
  const zoneOf = (market: string | null | undefined) => MARKETS[marketOf(market ?? conversation.market)].timeZone;
  return jobs
    .flatMap((job): ListedReminder[] => {
      const event = job.event as { type?: string; kind?: ListedReminderKind; jurisdiction?: string };
      if (event.type === 'CASE.REMINDER' && event.kind) return [{ kind: event.kind, dueAt: job.runAt, timeZone: zoneOf(event.jurisdiction?.toLowerCase()) }];
      const timer = event.type ? TIMER_KINDS[event.type] : undefined;
      return timer ? [{ kind: timer, dueAt: job.runAt, timeZone: zoneOf(null) }] : [];
    })
    .slice(0, limit);
}
