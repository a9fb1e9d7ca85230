import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/create-test-database.js';
import { createStaffMember } from './create-staff-member.js';
import { verifyStaffTotp } from './verify-staff-totp.js';

const KEY = Buffer.alloc(32, 8);
const NOW = new Date('2026-11-21T15:00:10Z');

describe('verifyStaffTotp', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });

  const member = async () => {
    const created = await createStaffMember({ prisma: db.prisma, key: KEY, name: 'Totp Tester' });
    const secret = new URL(created.otpauthUri).searchParams.get('secret')!;
    return { ...created, codeAt: (date: Date) => generate({ secret, epoch: Math.floor(date.getTime() / 1000) }) };
  };
  const reload = (id: string) => db.prisma.staffMember.findUniqueOrThrow({ where: { id } });

  it('accepts the current code once, confirming when asked, and refuses it the second time', async () => {
    const { member: created, codeAt } = await member();
    const code = await codeAt(NOW);
    expect(await verifyStaffTotp({ prisma: db.prisma, key: KEY, member: created, code, now: NOW, confirm: true })).toBe('accepted');
    const after = await reload(created.id);
    expect(after.totpConfirmedAt).toEqual(NOW);
    expect(after.lastTotpStep).toBe(Math.floor(NOW.getTime() / 30_000));
    expect(await verifyStaffTotp({ prisma: db.prisma, key: KEY, member: after, code, now: NOW })).toBe('replayed');
  });

  it('refuses an older step once a newer one was spent, and lets exactly one of two concurrent uses of a code win', async () => {
    const { member: created, codeAt } = await member();
    expect(await verifyStaffTotp({ prisma: db.prisma, key: KEY, member: created, code: await codeAt(NOW), now: NOW })).toBe('accepted');
    // The previous step's code is still inside the clock tolerance, but older than the one spent.
    const previous = await codeAt(new Date(NOW.getTime() - 30_000));
    expect(await verifyStaffTotp({ prisma: db.prisma, key: KEY, member: await reload(created.id), code: previous, now: NOW })).toBe('replayed');
    const next = await codeAt(new Date(NOW.getTime() + 30_000));
    const stale = await reload(created.id);
    const results = await Promise.all([1, 2].map(() => verifyStaffTotp({ prisma: db.prisma, key: KEY, member: stale, code: next, now: NOW })));
    expect(results.sort()).toEqual(['accepted', 'replayed']);
  });

  it('refuses a wrong code, a code outside one step of tolerance, non-digits, and a member without a secret', async () => {
    const { member: created, codeAt } = await member();
    const code = await codeAt(NOW);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect(await verifyStaffTotp({ prisma: db.prisma, key: KEY, member: created, code: wrong, now: NOW })).toBe('wrong_code');
    expect(await verifyStaffTotp({ prisma: db.prisma, key: KEY, member: created, code: await codeAt(new Date(NOW.getTime() - 120_000)), now: NOW })).toBe('wrong_code');
    expect(await verifyStaffTotp({ prisma: db.prisma, key: KEY, member: created, code: 'abcdef', now: NOW })).toBe('wrong_code');
    expect(await verifyStaffTotp({ prisma: db.prisma, key: KEY, member: { ...created, totpSecret: null }, code, now: NOW })).toBe('not_enrolled');
    expect((await reload(created.id)).lastTotpStep).toBeNull();
  });
});
