import type { PrismaClient, StaffMember } from '../../prisma/generated/client.js';
import { hashStaffToken } from './hash-staff-token.js';

/**
 * The non-revoked member holding this token, looked up by the token's SHA-256.
 * The index compares digests of 32 random bytes: how long a miss takes tells an
 * attacker nothing they could use to build a token.
 */
export async function findStaffMemberByToken({ prisma, token }: { prisma: Pick<PrismaClient, 'staffMember'>; token: string }): Promise<StaffMember | null> {
  const member = await prisma.staffMember.findUnique({ where: { tokenSha256: hashStaffToken({ token }) } });
  return member && !member.revokedAt ? member : null;
}
