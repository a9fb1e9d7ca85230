import type { Conversation, PrismaClient, ScheduledJob } from '../../prisma/generated/client.js';
import { PROACTIVE_EVENT_TYPES, type CaseReminder } from '../../flows/conversation/conversation-events.js';
import { MARKETS, marketOf } from '../../flows/markets.js';
import { endOfQuietHours, isInQuietHours } from '../../reminders/quiet-hours.js';
import { instantInTimeZone } from '../../tickets/instant-in-time-zone.js';

/** Channels that ring a phone: quiet hours apply to them. */
const PHONE_CHANNELS = new Set(['sms', 'whatsapp']);
/** Past these statuses a lawyer has the plea in hand: the driver need not be told to answer. */
const FILED_STATUSES = new Set(['approved', 'rejected', 'closed']);

export type ScreenedJob = 'deliver' | 'skipped' | 'deferred';

export interface ScreenScheduledJobOptions {
  prisma: PrismaClient;
  job: ScheduledJob;
  conversation: Conversation;
  now: Date;
}

/**
 * Before a due job becomes a turn: a reminder whose case moved on (closed,
 * filed, another deadline, another hearing) is skipped; an event the service
 * sends on its own, due at night on SMS or WhatsApp, waits until 08:00 in the
 * case's zone. Each is one conditional update, so two workers agree.
 */
export async function screenScheduledJob({ prisma, job, conversation, now }: ScreenScheduledJobOptions): Promise<ScreenedJob> {
  const event = job.event as { type?: string; caseId?: string };
  const caseRow = event.caseId ? await prisma.case.findUnique({ where: { id: event.caseId }, select: { status: true, jurisdiction: true, respondBy: true, hearingAt: true, hearingCourt: true, hearingRoom: true } }) : null;
  if (event.type === 'CASE.REMINDER' && !reminderStillDue(job.event as unknown as CaseReminder, caseRow)) {
    await prisma.scheduledJob.updateMany({ where: { id: job.id, status: 'pending' }, data: { status: 'skipped', updatedAt: now } });
    return 'skipped';
  }
  if (!event.type || !PROACTIVE_EVENT_TYPES.has(event.type) || !PHONE_CHANNELS.has(conversation.channel)) return 'deliver';
  const timeZone = MARKETS[marketOf(caseRow?.jurisdiction ?? conversation.market)].timeZone;
  if (!isInQuietHours({ at: now, timeZone })) return 'deliver';
  await prisma.scheduledJob.updateMany({ where: { id: job.id, status: 'pending' }, data: { runAt: endOfQuietHours({ at: now, timeZone }), updatedAt: now } });
  return 'deferred';
}

type CaseFacts = { status: string; respondBy: Date | null; hearingAt: Date | null; hearingCourt: string | null; hearingRoom: string | null } | null;

function reminderStillDue(reminder: CaseReminder, found: CaseFacts): boolean {
  if (!found || found.status === 'closed' || found.status === 'rejected') return false;
  if (reminder.hearing) {
    // The hearing it announces must still be the case's hearing (not moved, not another court or room).
    const zone = MARKETS[marketOf(reminder.jurisdiction)].timeZone;
    const announced = instantInTimeZone(reminder.hearing.date, reminder.hearing.time, zone).getTime();
    return found.hearingAt?.getTime() === announced && found.hearingCourt === reminder.hearing.court && (found.hearingRoom ?? null) === reminder.hearing.room;
  }
  return !FILED_STATUSES.has(found.status) && found.respondBy?.toISOString().slice(0, 10) === reminder.respondBy;
}
