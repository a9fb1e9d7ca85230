import { randomBytes } from 'node:crypto';
import { generateSecret, generateURI } from 'otplib';
import type { PrismaClient, StaffMember } from '../../prisma/generated/client.js';
import { sealField } from '../security/seal-field.js';
import { hashStaffToken } from './hash-staff-token.js';

export const TOTP_SECRET_FIELD = 'staff.totpSecret';
export const TOTP_ISSUER = 'Ticket911';

export interface CreateStaffMemberOptions {
  prisma: Pick<PrismaClient, 'staffMember'>;
  /** The data-encryption key: the TOTP secret is stored sealed with it. */
  key: Buffer;
  name: string;
  email?: string | null;
}

export interface CreatedStaffMember {
  member: StaffMember;
  /** Shown once: only its SHA-256 is kept. */
  token: string;
  /** For the authenticator app (otpauth://totp/...); holds the TOTP secret, so shown once too. */
  otpauthUri: string;
}

/** A named staff member with a fresh bearer token (32 random bytes) and a TOTP secret to enrol. */
export async function createStaffMember({ prisma, key, name, email = null }: CreateStaffMemberOptions): Promise<CreatedStaffMember> {
  const token = `t911s_${randomBytes(32).toString('base64url')}`;
  const secret = generateSecret();
  const member = await prisma.staffMember.create({
    data: { name, email, tokenSha256: hashStaffToken({ token }), totpSecret: sealField({ key, field: TOTP_SECRET_FIELD, value: secret }) },
  });
  const otpauthUri = generateURI({ issuer: TOTP_ISSUER, label: email ?? name, secret });
  return { member, token, otpauthUri };
}
