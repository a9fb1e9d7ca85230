import { generate } from 'otplib';
import type { PrismaClient, StaffMember } from '../../prisma/generated/client.js';
import { createStaffMember } from '../../bot/staff-access/create-staff-member.js';
import { verifyStaffTotp } from '../../bot/staff-access/verify-staff-totp.js';

export interface EnrolledStaffMember {
  member: StaffMember;
  token: string;
  /** The authenticator app: the code it shows at a given time. */
  codeAt(date: Date): Promise<string>;
}

/**
 * A member as `ticket911 staff add` then `staff enrol --code` leave them, through
 * the same functions. Enrolment spends the code of the 30-second step *before*
 * `now`, so the code of `now` itself is still fresh for a sign-in.
 */
export async function createEnrolledStaffMember({ prisma, key, now, name = 'Ana Lawyer', confirm = true }: { prisma: PrismaClient; key: Buffer; now: Date; name?: string; confirm?: boolean }): Promise<EnrolledStaffMember> {
  const { member, token, otpauthUri } = await createStaffMember({ prisma, key, name });
  const secret = new URL(otpauthUri).searchParams.get('secret')!;
  const codeAt = (date: Date) => generate({ secret, epoch: Math.floor(date.getTime() / 1000) });
  if (confirm) {
    const check = await verifyStaffTotp({ prisma, key, member, code: await codeAt(new Date(now.getTime() - 30_000)), now, confirm: true });
    if (check !== 'accepted') throw new Error(`enrolment failed: ${check}`);
  }
  return { member: (await prisma.staffMember.findUniqueOrThrow({ where: { id: member.id } })), token, codeAt };
}
