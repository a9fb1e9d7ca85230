import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/support/create-test-database.js';
import { runStaffCommand } from './run-staff-command.js';

const KEY = Buffer.alloc(32, 6);
const NOW = new Date('2026-11-21T15:00:00Z');

describe('ticket911 staff', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });
  const run = async (...argv: string[]) => {
    let out = '';
    const code = await runStaffCommand({ argv, prisma: db.prisma, key: KEY, now: NOW, write: (text) => (out += text) });
    return { code, out };
  };

  it('adds a member, enrols their authenticator with a code, lists them without secrets, and revokes them once', async () => {
    const added = await run('add', '--name', 'Léa Avocate');
    expect(added.code).toBe(0);
    const id = /Staff member (\S+) \(Léa Avocate\) created/.exec(added.out)![1]!;
    const token = /only its SHA-256 is kept\): (t911s_\S+)/.exec(added.out)![1]!;
    expect(added.out).toContain(`ticket911 staff enrol ${id} --code`);
    expect((await run('list')).out).toContain(`${id}\tLéa Avocate\t-\ttotp not confirmed`);

    // A new secret replaces the first: a code from the old one no longer confirms.
    const oldSecret = new URL(/(otpauth:\/\/\S+)/.exec(added.out)![1]!).searchParams.get('secret')!;
    const enrolled = await run('enrol', id);
    const secret = new URL(/(otpauth:\/\/\S+)/.exec(enrolled.out)![1]!).searchParams.get('secret')!;
    expect(secret).not.toBe(oldSecret);
    const codeOf = (s: string) => generate({ secret: s, epoch: Math.floor(NOW.getTime() / 1000) });
    expect((await run('enrol', id, '--code', await codeOf(oldSecret))).code).toBe(1);
    expect(await run('enrol', id, '--code', await codeOf(secret))).toEqual({ code: 0, out: `Authenticator confirmed for ${id}: /staff is open to this member.\n` });

    const listed = await run('list', '--json');
    const [member] = JSON.parse(listed.out) as Record<string, unknown>[];
    expect(Object.keys(member!).sort()).toEqual(['createdAt', 'email', 'id', 'lastSeenAt', 'name', 'revokedAt', 'totpConfirmedAt']);
    expect(listed.out).not.toContain(token);

    expect((await run('revoke', id)).code).toBe(0);
    expect((await run('revoke', id)).code).toBe(1);
    expect((await db.prisma.staffMember.findUniqueOrThrow({ where: { id } })).revokedAt).toEqual(NOW);
    expect((await run('enrol', id)).code).toBe(1);
  });

  it('exits 2 with the usage on a missing name, a bad email, an unknown subcommand or option', async () => {
    for (const argv of [['add'], ['add', '--name', ' '], ['add', '--name', 'X', '--email', 'not-an-email'], ['promote', 'x'], ['revoke'], ['list', '--all']]) {
      const { code, out } = await run(...argv);
      expect(code).toBe(2);
      expect(out).toContain('Usage: ticket911 staff add');
    }
    expect(await db.prisma.staffMember.count({ where: { name: 'X' } })).toBe(0);
  });
});
