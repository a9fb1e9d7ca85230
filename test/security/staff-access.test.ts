import { createHash } from 'node:crypto';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStaffCommand } from '../../cli/run-staff-command.js';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { seedQuotedCase } from '../support/seed-quoted-case.js';
import { createEnrolledStaffMember } from '../staff/create-enrolled-staff-member.js';

const SERVICE_TOKEN = 'staff-access-service-token-0123456789abcdef';
const KEY = Buffer.alloc(32, 5);

/**
 * Issue 9, security part: named staff members whose tokens are stored hashed,
 * a TOTP second factor on /staff that the service token cannot bypass, and one
 * AuditLog row for every staff read of personal data — on the real app.
 */
describe('staff access', () => {
  let t: TestApp;
  let seeded: Awaited<ReturnType<typeof seedQuotedCase>>;
  const api = (path: string, token: string) => request(t.app.express).get(path).set('Authorization', `Bearer ${token}`);
  const staffReads = () => t.db.prisma.auditLog.findMany({ where: { action: 'staff.read' }, orderBy: { at: 'asc' } });
  const cli = async (...argv: string[]) => {
    let out = '';
    const code = await runStaffCommand({ argv, prisma: t.db.prisma, key: KEY, now: t.clock.now(), write: (text) => (out += text) });
    return { code, out };
  };

  beforeAll(async () => {
    t = await createTestApp({
      clock: createTestClock('2026-11-21T15:00:00Z'),
      env: { STAFF_API_TOKEN: SERVICE_TOKEN, DATA_ENCRYPTION_KEY: KEY.toString('base64'), INTERAC_EMAIL: 'paiements@example.ca' },
    });
    seeded = await seedQuotedCase({ prisma: t.db.prisma, now: t.clock.now() });
  });
  afterAll(async () => {
    await t.close();
  });

  it('stores only the SHA-256 of a member token and the TOTP secret sealed; the listing shows neither', async () => {
    const added = await cli('add', '--name', 'Ana Lawyer', '--email', 'ana@firm.example');
    expect(added.code).toBe(0);
    const token = /Token \(shown once; only its SHA-256 is kept\): (\S+)/.exec(added.out)![1]!;
    const uri = /(otpauth:\/\/totp\/\S+)/.exec(added.out)![1]!;
    const secret = new URL(uri).searchParams.get('secret')!;
    expect(token.length).toBeGreaterThanOrEqual(43);
    // Every column of the row, as stored.
    const row = await t.db.prisma.staffMember.findFirstOrThrow({ where: { name: 'Ana Lawyer' } });
    expect(row!.tokenSha256).toBe(createHash('sha256').update(token).digest('hex'));
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(secret);
    expect(String(row!.totpSecret)).toMatch(/^v1\./);
    const listed = await cli('list', '--json');
    expect(listed.out).toContain('Ana Lawyer');
    for (const hidden of [token, secret, String(row!.tokenSha256), String(row!.totpSecret)]) expect(listed.out).not.toContain(hidden);
  });

  it("opens the API to a member's token as staff:<id> until the member is revoked, then answers 401", async () => {
    const { member, token } = await createEnrolledStaffMember({ prisma: t.db.prisma, key: KEY, now: t.clock.now(), name: 'Revoked Soon' });
    await api(`/api/v1/conversations/${seeded.conversationId}`, token).expect(200);
    expect((await staffReads()).at(-1)?.actor).toBe(`staff:${member.id}`);
    expect((await cli('revoke', member.id)).code).toBe(0);
    const refused = await api(`/api/v1/conversations/${seeded.conversationId}`, token).expect(401);
    expect(refused.body.error.code).toBe('unauthorized');
    expect(t.rawLog()).not.toContain(token);
  });

  it('opens the API to the service token, but the service token never opens /staff', async () => {
    await api('/api/v1/stats', SERVICE_TOKEN).expect(200);
    const { codeAt } = await createEnrolledStaffMember({ prisma: t.db.prisma, key: KEY, now: t.clock.now(), name: 'Code Lender' });
    // Even with a member's valid code beside it.
    const page = await request(t.app.express).post('/staff/login').type('form').send({ token: SERVICE_TOKEN, code: await codeAt(t.clock.now()) }).expect(401);
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(t.rawLog()).not.toContain(SERVICE_TOKEN);
  });

  it('refuses /staff without a confirmed TOTP, with a wrong code and with a replayed code; a right code opens it; a tampered or revoked session does not', async () => {
    const login = (form: Record<string, string>) => request(t.app.express).post('/staff/login').type('form').set('Accept-Language', 'en').send(form);
    const unconfirmed = await createEnrolledStaffMember({ prisma: t.db.prisma, key: KEY, now: t.clock.now(), name: 'Not Enrolled', confirm: false });
    const notEnrolled = await login({ token: unconfirmed.token, code: await unconfirmed.codeAt(t.clock.now()) }).expect(403);
    expect(notEnrolled.text).toContain(`ticket911 staff enrol ${unconfirmed.member.id}`);
    expect(notEnrolled.headers['set-cookie']).toBeUndefined();

    const { member, token, codeAt } = await createEnrolledStaffMember({ prisma: t.db.prisma, key: KEY, now: t.clock.now(), name: 'Page Reader' });
    const code = await codeAt(t.clock.now());
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect((await login({ token, code: wrong }).expect(401)).headers['set-cookie']).toBeUndefined();
    // No code at all.
    await login({ token }).expect(401);

    const signedIn = await login({ token, code }).expect(303);
    const cookie = String(signedIn.headers['set-cookie']![0]).split(';')[0]!;
    expect(cookie.startsWith(`t911_staff=${member.id}.`)).toBe(true);
    expect((await request(t.app.express).get('/staff').set('Cookie', cookie).set('Accept-Language', 'en').expect(200)).text).toContain('Case statistics');
    expect((await t.db.prisma.staffMember.findUniqueOrThrow({ where: { id: member.id } })).lastSeenAt).toEqual(t.clock.now());

    // The same code again, even a minute later while the window still accepts it: refused.
    const replayed = await login({ token, code }).expect(401);
    expect(replayed.headers['set-cookie']).toBeUndefined();

    // Another member's id under this signature, or a flipped signature digit: refused.
    const other = unconfirmed.member.id;
    for (const tampered of [cookie.replace(member.id, other), cookie.replace(/.$/, (c) => (c === '0' ? '1' : '0'))]) {
      expect((await request(t.app.express).get('/staff').set('Cookie', tampered).expect(200)).text).toContain('action="/staff/login"');
    }
    await cli('revoke', member.id);
    expect((await request(t.app.express).get('/staff').set('Cookie', cookie).expect(200)).text).toContain('action="/staff/login"');
    // Failures were logged without what was typed.
    expect(t.rawLog()).toContain('"reason":"wrong_code"');
    expect(t.rawLog()).toContain('"reason":"replayed"');
    expect(t.rawLog()).not.toContain(token);
  });

  it('writes exactly one AuditLog row per personal-data read, with the actor and target and no personal data; aggregates and misses write none', async () => {
    const { member, token } = await createEnrolledStaffMember({ prisma: t.db.prisma, key: KEY, now: t.clock.now(), name: 'Auditor' });
    await t.db.prisma.auditLog.deleteMany({ where: { action: 'staff.read' } });

    await api(`/api/v1/conversations/${seeded.conversationId}`, token).expect(200);
    await api(`/api/v1/cases/${seeded.caseId}`, SERVICE_TOKEN).expect(200);
    await api('/api/v1/exports/quickbooks.csv?from=2026-11-01&to=2026-11-30', token).expect(200);
    // Aggregates, a miss and a refusal read no one's data.
    await api('/api/v1/stats', token).expect(200);
    await api('/api/v1/cases/no-such-case', token).expect(404);
    await api(`/api/v1/cases/${seeded.caseId}`, 'not-a-token').expect(401);

    const rows = await staffReads();
    expect(rows.map((r) => ({ actor: r.actor, conversationId: r.conversationId, caseId: r.caseId, clientId: r.clientId, details: r.details }))).toEqual([
      {
        actor: `staff:${member.id}`,
        conversationId: seeded.conversationId,
        caseId: null,
        clientId: null,
        details: { targetType: 'conversation', targetId: seeded.conversationId, route: 'GET /api/v1/conversations/:id', ip: expect.any(String) },
      },
      {
        actor: 'service',
        conversationId: null,
        caseId: seeded.caseId,
        clientId: null,
        details: { targetType: 'case', targetId: seeded.caseId, route: 'GET /api/v1/cases/:id', ip: expect.any(String) },
      },
      {
        actor: `staff:${member.id}`,
        conversationId: null,
        caseId: null,
        clientId: null,
        details: { targetType: 'export', targetId: 'quickbooks:2026-11-01..2026-11-30', route: 'GET /api/v1/exports/quickbooks.csv', ip: expect.any(String) },
      },
    ]);
    expect(rows.every((r) => r.at.getTime() === t.clock.now().getTime())).toBe(true);
  });
});
