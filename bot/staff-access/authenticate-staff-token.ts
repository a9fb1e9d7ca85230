import { timingSafeEqual } from 'node:crypto';
import type { PrismaClient } from '../../prisma/generated/client.js';
import { findStaffMemberByToken } from './find-staff-member-by-token.js';
import { hashStaffToken } from './hash-staff-token.js';

export interface AuthenticateStaffTokenOptions {
  prisma: Pick<PrismaClient, 'staffMember'>;
  /** Hex SHA-256 of STAFF_API_TOKEN, the machine clients' service token; absent when not set. */
  serviceTokenSha256: string | undefined;
  token: string;
  now: Date;
}

// lastSeenAt is a hint for whoever reviews access, not a log: one write per member every few minutes is enough.
const LAST_SEEN_EVERY_MS = 5 * 60 * 1000;

/** `service` for the service token, `staff:<memberId>` for a member's non-revoked token, else null. */
export async function authenticateStaffToken({ prisma, serviceTokenSha256, token, now }: AuthenticateStaffTokenOptions): Promise<string | null> {
  const digest = Buffer.from(hashStaffToken({ token }), 'hex');
  // Digests have the same length whatever was sent: timingSafeEqual leaks neither content nor length.
  if (serviceTokenSha256 && timingSafeEqual(digest, Buffer.from(serviceTokenSha256, 'hex'))) return 'service';
  const member = await findStaffMemberByToken({ prisma, token });
  if (!member) return null;
  if (!member.lastSeenAt || now.getTime() - member.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await prisma.staffMember.update({ where: { id: member.id }, data: { lastSeenAt: now } });
  }
  return `staff:${member.id}`;
}
