import type { PrismaClient } from '../../prisma/generated/client.js';

export interface ClaimedEntry {
  id: string;
  messageId: string;
  attempts: number;
  /** "sending" when the previous claimer's lease ran out: it may have sent the message before dying. */
  previous_status: string;
  previous_lock: Date | null;
}

export interface ClaimOutboxEntriesOptions {
  prisma: PrismaClient;
  now: Date;
  leaseMs: number;
  limit: number;
}

/**
 * Claims due outbox entries for this dispatcher: status sending, a lease,
 * one more attempt. SKIP LOCKED lets several dispatchers run side by side;
 * an entry is not claimed while an earlier one of its conversation is still
 * pending or sending, so one driver's messages leave in order.
 */
export async function claimOutboxEntries({ prisma, now, leaseMs, limit }: ClaimOutboxEntriesOptions): Promise<ClaimedEntry[]> {
  const lease = new Date(now.getTime() + leaseMs);
  return prisma.$queryRaw<ClaimedEntry[]>`
    WITH picked AS (
      SELECT e.id, e.status AS previous_status, e."lockedUntil" AS previous_lock
      FROM "OutboxEntry" e JOIN "Message" m ON m.id = e."messageId"
      WHERE ((e.status = 'pending' AND e."nextAttemptAt" <= ${now}) OR (e.status = 'sending' AND e."lockedUntil" < ${now}))
        AND NOT EXISTS (
          SELECT 1 FROM "OutboxEntry" e2 JOIN "Message" m2 ON m2.id = e2."messageId"
          WHERE e2."conversationId" = e."conversationId" AND e2.status IN ('pending', 'sending') AND m2.seq < m.seq)
      ORDER BY m.seq
      LIMIT ${limit}
      FOR UPDATE OF e SKIP LOCKED
    )
    UPDATE "OutboxEntry" o
    SET status = 'sending', "lockedUntil" = ${lease}, attempts = o.attempts + 1, "updatedAt" = ${now}
    FROM picked WHERE o.id = picked.id
    RETURNING o.id, o."messageId", o.attempts, picked.previous_status, picked.previous_lock`;
}
