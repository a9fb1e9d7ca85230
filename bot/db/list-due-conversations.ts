import type { PrismaClient } from '../../prisma/generated/client.js';

/**
 * The conversations with a job due, oldest due first, at most `limit`. Raw SQL
 * because Prisma applies `distinct` and `take` in memory: its query read every
 * due row on each pass (10,000 after a day's reminders, 100,000 after an
 * outage). This one stops at `limit` groups, on the (status, runAt) index.
 */
export async function listDueConversations({ prisma, now, limit }: { prisma: PrismaClient; now: Date; limit: number }): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ conversationId: string }[]>`
    SELECT "conversationId" FROM "ScheduledJob"
    WHERE status = 'pending' AND "runAt" <= ${now}
    GROUP BY "conversationId"
    ORDER BY min("runAt")
    LIMIT ${limit}`;
  return rows.map((row) => row.conversationId);
}
