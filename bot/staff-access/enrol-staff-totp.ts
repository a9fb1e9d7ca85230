import { generateSecret, generateURI } from 'otplib';
import type { PrismaClient } from '../../prisma/generated/client.js';
import { sealField } from '../security/seal-field.js';
import { TOTP_ISSUER, TOTP_SECRET_FIELD } from './create-staff-member.js';

/**
 * A new TOTP secret for a non-revoked member (a lost phone, a first enrolment):
 * unconfirmed until a code from it is accepted, so /staff stays shut meanwhile.
 * Returns the otpauth:// URI to show once, or null when there is no such member.
 */
export async function enrolStaffTotp({ prisma, key, memberId }: { prisma: Pick<PrismaClient, 'staffMember'>; key: Buffer; memberId: string }): Promise<string | null> {
  const member = await prisma.staffMember.findUnique({ where: { id: memberId } });
  if (!member || member.revokedAt) return null;
  const secret = generateSecret();
  await prisma.staffMember.update({
    where: { id: memberId },
    data: { totpSecret: sealField({ key, field: TOTP_SECRET_FIELD, value: secret }), totpConfirmedAt: null, lastTotpStep: null },
  });
  return generateURI({ issuer: TOTP_ISSUER, label: member.email ?? member.name, secret });
}
