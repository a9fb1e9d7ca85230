import type { PrismaClient } from '../../prisma/generated/client.js';
import type { DeliveryStatusPort } from './ports.js';

// Twilio's statuses arrive out of order (a late "sent" after "delivered"): never step back.
const RANK: Record<string, number> = { queued: 1, accepted: 1, sending: 2, sent: 3, delivered: 4, read: 5, undelivered: 6, failed: 6 };

export function createDeliveryStatusRecorder({ prisma }: { prisma: PrismaClient }): DeliveryStatusPort {
  return {
    async record({ providerId, status, errorCode }) {
      const message = await prisma.message.findUnique({ where: { providerId }, select: { id: true, status: true } });
      if (!message) return false;
      if ((RANK[status] ?? 0) < (RANK[message.status] ?? 0)) return true;
      await prisma.message.update({ where: { id: message.id }, data: { status, ...(errorCode ? { error: `twilio:${errorCode}` } : {}) } });
      return true;
    },
  };
}
