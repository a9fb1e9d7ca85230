import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { PrismaClient } from '../prisma/generated/client.js';
import { createStaffMember } from '../bot/staff-access/create-staff-member.js';
import { enrolStaffTotp } from '../bot/staff-access/enrol-staff-totp.js';
import { verifyStaffTotp } from '../bot/staff-access/verify-staff-totp.js';

export const STAFF_USAGE = `Usage: ticket911 staff add --name "<name>" [--email <email>]
       ticket911 staff enrol <member-id>                 new TOTP secret: prints its otpauth:// link
       ticket911 staff enrol <member-id> --code <6 digits> confirms the authenticator (opens /staff)
       ticket911 staff revoke <member-id>
       ticket911 staff list [--json]

add prints the member's token and TOTP link once: neither is stored in clear.`;

export interface RunStaffCommandOptions {
  argv: string[];
  prisma: Pick<PrismaClient, 'staffMember'>;
  /** The data-encryption key that seals TOTP secrets. */
  key: Buffer;
  now: Date;
  write: (text: string) => void;
}

const addSchema = z.object({ name: z.string().trim().min(1).max(120), email: z.email().max(254).optional() });

/** `ticket911 staff …`: exit 0 when done, 1 when refused (unknown member, wrong code), 2 on usage errors. */
export async function runStaffCommand({ argv, prisma, key, now, write }: RunStaffCommandOptions): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { name: { type: 'string' }, email: { type: 'string' }, code: { type: 'string' }, json: { type: 'boolean', default: false } } });
  } catch (error) {
    write(`${(error as Error).message}\n\n${STAFF_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [subcommand, memberId] = positionals;
  const usage = () => {
    write(`${STAFF_USAGE}\n`);
    return 2;
  };
  switch (subcommand) {
    case 'add': {
      const input = addSchema.safeParse({ name: values.name, email: values.email });
      if (!input.success) return usage();
      const { member, token, otpauthUri } = await createStaffMember({ prisma, key, name: input.data.name, email: input.data.email ?? null });
      write(
        [
          `Staff member ${member.id} (${member.name}) created.`,
          `Token (shown once; only its SHA-256 is kept): ${token}`,
          `TOTP link for the authenticator app (shown once): ${otpauthUri}`,
          `Then confirm with: ticket911 staff enrol ${member.id} --code <6 digits>`,
          '',
        ].join('\n'),
      );
      return 0;
    }
    case 'enrol': {
      if (!memberId) return usage();
      if (values.code === undefined) {
        const uri = await enrolStaffTotp({ prisma, key, memberId });
        if (!uri) return refuse(write, `no active staff member ${memberId}`);
        write(`TOTP link for the authenticator app (shown once): ${uri}\nThen confirm with: ticket911 staff enrol ${memberId} --code <6 digits>\n`);
        return 0;
      }
      const member = await prisma.staffMember.findUnique({ where: { id: memberId } });
      if (!member || member.revokedAt) return refuse(write, `no active staff member ${memberId}`);
      const check = await verifyStaffTotp({ prisma, key, member, code: values.code, now, confirm: true });
      if (check !== 'accepted') return refuse(write, `the code was not accepted (${check}): try the next one`);
      write(`Authenticator confirmed for ${memberId}: /staff is open to this member.\n`);
      return 0;
    }
    case 'revoke': {
      if (!memberId) return usage();
      // Only a member still active is revoked: the first revocation's time stays.
      const revoked = await prisma.staffMember.updateMany({ where: { id: memberId, revokedAt: null }, data: { revokedAt: now } });
      if (revoked.count === 0) return refuse(write, `no active staff member ${memberId}`);
      write(`Staff member ${memberId} revoked: their token and sessions no longer work.\n`);
      return 0;
    }
    case 'list': {
      // No secret, not even a digest, leaves the database through this listing.
      const members = await prisma.staffMember.findMany({
        orderBy: { createdAt: 'asc' },
        select: { id: true, name: true, email: true, createdAt: true, totpConfirmedAt: true, lastSeenAt: true, revokedAt: true },
      });
      if (values.json) {
        write(`${JSON.stringify(members, null, 2)}\n`);
        return 0;
      }
      const iso = (date: Date | null) => date?.toISOString() ?? '-';
      const lines = members.map((m) => [m.id, m.name, m.email ?? '-', m.revokedAt ? `revoked ${iso(m.revokedAt)}` : m.totpConfirmedAt ? 'active' : 'totp not confirmed', `last seen ${iso(m.lastSeenAt)}`].join('\t'));
      write(`${lines.length ? lines.join('\n') : 'No staff member.'}\n`);
      return 0;
    }
    default:
      return usage();
  }
}

function refuse(write: (text: string) => void, message: string): number {
  write(`Error: ${message}\n`);
  return 1;
}
