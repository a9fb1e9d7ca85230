import type { Prisma } from '../../prisma/generated/client.js';

export interface ScheduleConversationEventOptions {
  tx: Prisma.TransactionClient;
  conversationId: string;
  event: { type: string } & Record<string, unknown>;
  runAt: Date;
  /** Defaults to conversation + event + due time; a payment passes its own (two can fall due in the same millisecond). */
  id?: string;
}

/**
 * A durable timer: at runAt the worker delivers `event` to the conversation's
 * machine. The id is conversation + event + due time, so scheduling the same
 * thing twice (a retried turn, two clicks) is a no-op.
 */
export async function scheduleConversationEvent({ tx, conversationId, event, runAt, id }: ScheduleConversationEventOptions): Promise<void> {
  await tx.scheduledJob.createMany({
    data: [{ id: id ?? `${conversationId}:${event.type}:${runAt.toISOString()}`, conversationId, event: event as Prisma.InputJsonValue, runAt }],
    skipDuplicates: true,
  });
}
