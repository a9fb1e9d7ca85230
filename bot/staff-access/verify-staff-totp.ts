import { verify } from 'otplib';
import type { PrismaClient, StaffMember } from '../../prisma/generated/client.js';
import { openSealedField } from '../security/seal-field.js';
import { TOTP_SECRET_FIELD } from './create-staff-member.js';

export type StaffTotpCheck = 'accepted' | 'not_enrolled' | 'wrong_code' | 'replayed';

export interface VerifyStaffTotpOptions {
  prisma: Pick<PrismaClient, 'staffMember'>;
  key: Buffer;
  member: Pick<StaffMember, 'id' | 'totpSecret' | 'lastTotpStep'>;
  code: string;
  now: Date;
  /** Enrolment (`ticket911 staff confirm`) sets totpConfirmedAt on the first accepted code. */
  confirm?: boolean;
}

const CODE = /^\d{6}$/;
// One 30-second step either side: a phone clock a little off still works.
const TOLERANCE_SECONDS = 30;

/**
 * Checks a TOTP code and spends it: the matched step is written only if it is
 * newer than the last one accepted (a conditional update, so two concurrent
 * sign-ins with the same code cannot both win).
 */
export async function verifyStaffTotp({ prisma, key, member, code, now, confirm = false }: VerifyStaffTotpOptions): Promise<StaffTotpCheck> {
  if (!member.totpSecret) return 'not_enrolled';
  if (!CODE.test(code)) return 'wrong_code';
  const secret = openSealedField({ key, field: TOTP_SECRET_FIELD, sealed: member.totpSecret });
  const result = await verify({ secret, token: code, epoch: Math.floor(now.getTime() / 1000), epochTolerance: TOLERANCE_SECONDS });
  if (!result.valid || !('timeStep' in result)) return 'wrong_code';
  const spent = await prisma.staffMember.updateMany({
    where: { id: member.id, revokedAt: null, OR: [{ lastTotpStep: null }, { lastTotpStep: { lt: result.timeStep } }] },
    data: { lastTotpStep: result.timeStep, lastSeenAt: now, ...(confirm ? { totpConfirmedAt: now } : {}) },
  });
  return spent.count === 1 ? 'accepted' : 'replayed';
}
