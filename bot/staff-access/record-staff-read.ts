import type { PrismaClient } from '../../prisma/generated/client.js';

/** What a staff read touched. The row names it by id only: no personal data goes into the audit log itself. */
export type StaffReadTarget = 'conversation' | 'case' | 'client' | 'payment' | 'media' | 'export' | 'signature' | 'document';

export interface RecordStaffReadOptions {
  prisma: Pick<PrismaClient, 'auditLog'>;
  /** `staff:<memberId>` or `service` (res.locals.actor). */
  actor: string;
  targetType: StaffReadTarget;
  /** The read record's id; for an export without one record, a short description such as `2026-01-01..2026-01-31`. */
  targetId: string;
  /** The route pattern, e.g. `GET /api/v1/cases/:id`. */
  route: string;
  ip: string | undefined;
  now?: Date;
}

/**
 * One AuditLog row per staff read of personal data (issue 9): who read what,
 * through which route, from where. Awaited before the answer is sent, so a
 * read that cannot be audited is not served.
 */
export async function recordStaffRead({ prisma, actor, targetType, targetId, route, ip, now }: RecordStaffReadOptions): Promise<void> {
  await prisma.auditLog.create({
    data: {
      actor,
      action: 'staff.read',
      ...(targetType === 'conversation' ? { conversationId: targetId } : {}),
      ...(targetType === 'case' ? { caseId: targetId } : {}),
      ...(targetType === 'client' ? { clientId: targetId } : {}),
      details: { targetType, targetId, route, ip: ip ?? null },
      ...(now ? { at: now } : {}),
    },
  });
}
