import { z } from 'zod';
import type { Prisma, PrismaClient } from '../../prisma/generated/client.js';
import { CASE_REMINDER_KINDS, type FailedSend, FOLLOW_UPS_LISTED, type FollowUps, type UpcomingReminder } from './case-stats-schema.js';

const CASE_REMINDER = 'CASE.REMINDER';
const TIMER_KINDS = {
  'TIMER.PAYMENT_REMINDER': 'payment',
  'TIMER.MANDATE_REMINDER': 'mandate',
  'TIMER.TICKET_NUDGE': 'ticketNudge',
} as const satisfies Record<string, UpcomingReminder['kind']>;
const REMINDER_TYPES = [CASE_REMINDER, ...Object.keys(TIMER_KINDS)];

// Only the fields shown are read back from the stored event: nothing else of it can reach the JSON.
const caseReminderEventSchema = z.object({ type: z.literal(CASE_REMINDER), kind: z.enum(CASE_REMINDER_KINDS), caseNumber: z.unknown().optional() });
const timerEventSchema = z.object({ type: z.enum(Object.keys(TIMER_KINDS) as (keyof typeof TIMER_KINDS)[]) });
const CASE_NUMBER = /^T911-\d{6,}$/;
// lastError holds a provider's code or an error's name. Anything that does not read as one
// (an "@", a run of digits like a phone number, free text) stays off the page.
const ERROR_CODE = /^[A-Za-z][\w.:\- ]{0,99}$/;
const LONG_DIGITS = /\d{7}/;

const eventIs = (field: string, value: string): Prisma.ScheduledJobWhereInput => ({ event: { path: [field], equals: value } });
const isReminder: Prisma.ScheduledJobWhereInput = { status: 'pending', OR: REMINDER_TYPES.map((type) => eventIs('type', type)) };
// The list asks for a known kind too, so a case reminder it could not label never takes one of the 25 places.
const isListableReminder: Prisma.ScheduledJobWhereInput = {
  status: 'pending',
  OR: [
    ...CASE_REMINDER_KINDS.map((kind) => ({ AND: [eventIs('type', CASE_REMINDER), eventIs('kind', kind)] })),
    ...Object.keys(TIMER_KINDS).map((type) => eventIs('type', type)),
  ],
};
const newestFirst = [{ updatedAt: 'desc' }, { id: 'desc' }] as const;
const failedRow = { id: true, updatedAt: true, lastError: true } as const;

/**
 * The reminders the service will send (the next ones, and how many are pending)
 * and the sends that failed for good in each outbox. Ids, kinds, channels, times
 * and error codes only: no message body, address, phone number or email.
 */
export async function listFollowUps({ prisma }: { prisma: PrismaClient }): Promise<FollowUps> {
  const [pending, pendingCount, messages, emails, slack, jobs, recent] = await Promise.all([
    prisma.scheduledJob.findMany({
      where: isListableReminder,
      orderBy: [{ runAt: 'asc' }, { id: 'asc' }],
      take: FOLLOW_UPS_LISTED,
      select: { id: true, event: true, runAt: true, conversation: { select: { channel: true } } },
    }),
    prisma.scheduledJob.count({ where: isReminder }),
    prisma.outboxEntry.count({ where: { status: 'dead' } }),
    prisma.outboundEmail.count({ where: { status: 'dead' } }),
    prisma.slackPost.count({ where: { status: 'dead' } }),
    prisma.scheduledJob.count({ where: { status: 'failed' } }),
    listRecentFailures(prisma),
  ]);
  // The query already asked for a known type and kind: this only narrows the stored JSON.
  const upcoming = pending.flatMap((job): UpcomingReminder[] => {
    const reminder = describeReminder(job.event);
    return reminder ? [{ jobId: job.id, ...reminder, channel: job.conversation.channel, dueAt: job.runAt.toISOString() }] : [];
  });
  return { upcoming, pendingCount, failed: { counts: { messages, emails, slack, jobs }, recent } };
}

function describeReminder(event: Prisma.JsonValue): Pick<UpcomingReminder, 'kind' | 'caseNumber'> | null {
  const caseReminder = caseReminderEventSchema.safeParse(event).data;
  if (caseReminder) {
    const { kind, caseNumber } = caseReminder;
    return { kind, caseNumber: typeof caseNumber === 'string' && CASE_NUMBER.test(caseNumber) ? caseNumber : null };
  }
  const timer = timerEventSchema.safeParse(event).data;
  return timer ? { kind: TIMER_KINDS[timer.type], caseNumber: null } : null;
}

async function listRecentFailures(prisma: PrismaClient): Promise<FailedSend[]> {
  // The latest of each table, merged: the overall latest are among them.
  const [messages, emails, slack, jobs] = await Promise.all([
    prisma.outboxEntry.findMany({ where: { status: 'dead' }, orderBy: [...newestFirst], take: FOLLOW_UPS_LISTED, select: { ...failedRow, channel: true } }),
    prisma.outboundEmail.findMany({ where: { status: 'dead' }, orderBy: [...newestFirst], take: FOLLOW_UPS_LISTED, select: failedRow }),
    prisma.slackPost.findMany({ where: { status: 'dead' }, orderBy: [...newestFirst], take: FOLLOW_UPS_LISTED, select: failedRow }),
    prisma.scheduledJob.findMany({
      where: { status: 'failed' },
      orderBy: [...newestFirst],
      take: FOLLOW_UPS_LISTED,
      select: { ...failedRow, conversation: { select: { channel: true } } },
    }),
  ]);
  type Row = { id: string; updatedAt: Date; lastError: string | null };
  const failure = (kind: FailedSend['kind'], row: Row, channel: string | null) => ({ kind, row, channel });
  return [
    ...messages.map((row) => failure('message', row, row.channel)),
    ...emails.map((row) => failure('email', row, null)),
    ...slack.map((row) => failure('slack', row, null)),
    ...jobs.map((row) => failure('job', row, row.conversation.channel)),
  ]
    .sort((a, b) => b.row.updatedAt.getTime() - a.row.updatedAt.getTime() || a.kind.localeCompare(b.kind) || byIdDescending(a.row.id, b.row.id))
    .slice(0, FOLLOW_UPS_LISTED)
    .map(({ kind, row, channel }) => ({ kind, id: row.id, at: row.updatedAt.toISOString(), code: readableCode(row.lastError), channel }));
}

// The order each table was read in, so the rows kept per table are the ones the merge needs.
function byIdDescending(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

function readableCode(lastError: string | null): string | null {
  return lastError !== null && ERROR_CODE.test(lastError) && !LONG_DIGITS.test(lastError) ? lastError : null;
}
