import { createHmac } from 'node:crypto';
import { Writable } from 'node:stream';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEnrolledStaffMember } from '../../test/staff/create-enrolled-staff-member.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/create-test-database.js';
import { createLogger } from '../logging/create-logger.js';
import { caseStatsSchema } from '../stats/case-stats-schema.js';
import { computeCalibration } from '../stats/compute-calibration.js';
import type { StatsService } from '../stats/create-stats-service.js';
import { createStaffPagesRouter } from './create-staff-pages-router.js';

const KEY = Buffer.alloc(32, 1);
const SESSION_KEY = Buffer.alloc(32, 2);
const NOW = new Date('2026-11-21T15:00:00Z');
const EIGHT_HOURS = 8 * 3600 * 1000;
const row = (key: string) => ({ key, closed: 0, successes: 0, rate: null, outcomes: { acquitted: 0, withdrawn: 0, reduced: 0, convicted: 0 } });
const STATS = caseStatsSchema.parse({
  generatedAt: NOW.toISOString(),
  byStage: [{ status: 'intake', total: 4, byJurisdiction: { QC: 4, ON: 0, NY: 0, unknown: 0 } }],
  deadlinesAtRisk: [],
  successRate: { overall: row('all'), byJurisdiction: [row('QC')], byOffence: [] },
  calibration: computeCalibration({ cases: [] }),
  followUps: { upcoming: [], pendingCount: 0, failed: { counts: { messages: 0, emails: 0, slack: 0, jobs: 0 }, recent: [] } },
});

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

function appWith(options: { secureCookies?: boolean; stats?: StatsService } = {}) {
  const { secureCookies = true, stats = { compute: vi.fn(async () => STATS) } } = options;
  const clock = { now: NOW };
  let logged = '';
  const destination = new Writable({
    write(chunk, _enc, done) {
      logged += chunk.toString();
      done();
    },
  });
  const app = express();
  app.use(createStaffPagesRouter({ prisma: db.prisma, encryptionKey: KEY, sessionKey: SESSION_KEY, stats, logger: createLogger({ level: 'info', destination }), secureCookies, now: () => clock.now }));
  return { app, stats, clock, logged: () => logged };
}

/** A fresh enrolled member and the form that signs them in at NOW. */
async function signInForm() {
  const enrolled = await createEnrolledStaffMember({ prisma: db.prisma, key: KEY, now: NOW });
  return { ...enrolled, form: { token: enrolled.token, code: await enrolled.codeAt(NOW) } };
}

const cookieFor = (key: Buffer, memberId: string, expiry: number) =>
  `t911_staff=${memberId}.${expiry}.${createHmac('sha256', key).update(`staff-session:${memberId}:${expiry}`).digest('hex')}`;
const sessionOf = (res: request.Response) => String(res.headers['set-cookie']?.[0] ?? '').split(';')[0]!;

describe('staff pages: sign-in', () => {
  it('shows the sign-in form, never cached, without a session', async () => {
    const res = await request(appWith().app).get('/staff').set('Accept-Language', 'en').expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('action="/staff/login"');
    expect(res.text).toContain('name="code"');
  });

  it('refuses a wrong token with 401 and the form again, and logs the failure without the token', async () => {
    const { app, logged } = appWith();
    const res = await request(app).post('/staff/login').type('form').send({ token: 'not-the-token', code: '123456' }).expect(401);
    expect(res.text).toContain('aria-invalid="true"');
    expect(logged()).toContain('"outcome":"failure"');
    expect(logged()).toContain('"reason":"unknown_token"');
    expect(logged()).not.toContain('not-the-token');
  });

  it('sets a signed 8-hour session cookie carrying the member id on the right token and code, then shows the statistics', async () => {
    const { app, stats, logged } = appWith();
    const { member, token, form } = await signInForm();
    const res = await request(app).post('/staff/login').type('form').send(form).expect(303);
    expect(res.headers.location).toBe('/staff');
    expect(res.headers['cache-control']).toBe('no-store');
    const expiry = NOW.getTime() + EIGHT_HOURS;
    const setCookie = res.headers['set-cookie'][0];
    expect(sessionOf(res)).toBe(cookieFor(SESSION_KEY, member.id, expiry));
    expect(setCookie).toContain('Path=/staff');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain(`Expires=${new Date(expiry).toUTCString()}`);
    expect(logged()).toContain('"outcome":"success"');
    expect(logged()).not.toContain(token);
    expect(logged()).not.toContain(form.code);

    const page = await request(app).get('/staff').set('Cookie', sessionOf(res)).set('Accept-Language', 'en').expect(200);
    expect(page.text).toContain('Case statistics');
    expect(page.text).toContain('<th scope="row">Intake</th><td>4</td>');
    expect(stats.compute).toHaveBeenCalledOnce();
  });

  it('leaves Secure off for plain-http development', async () => {
    const { form } = await signInForm();
    const res = await request(appWith({ secureCookies: false }).app).post('/staff/login').type('form').send(form).expect(303);
    expect(res.headers['set-cookie'][0]).not.toContain('Secure');
  });

  it('refuses expired, forged, far-future, other-key and unknown-member sessions', async () => {
    const { app, clock, stats } = appWith();
    const { member, form } = await signInForm();
    const login = await request(app).post('/staff/login').type('form').send(form).expect(303);
    const expiry = NOW.getTime() + EIGHT_HOURS;
    for (const cookie of [
      `t911_staff=${member.id}.${expiry}.${'0'.repeat(64)}`,
      cookieFor(Buffer.alloc(32, 9), member.id, expiry),
      cookieFor(SESSION_KEY, member.id, NOW.getTime() + 2 * EIGHT_HOURS),
      cookieFor(SESSION_KEY, '00000000-0000-4000-8000-000000000000', expiry),
      't911_staff=garbage',
    ]) {
      const res = await request(app).get('/staff').set('Cookie', cookie).expect(200);
      expect(res.text).toContain('action="/staff/login"');
    }
    clock.now = new Date(expiry);
    expect((await request(app).get('/staff').set('Cookie', sessionOf(login)).expect(200)).text).toContain('action="/staff/login"');
    expect(stats.compute).not.toHaveBeenCalled();
  });

  it('signs out: the cookie is cleared and the next visit shows the form', async () => {
    const { app } = appWith();
    const res = await request(app).post('/staff/logout').expect(303);
    expect(res.headers.location).toBe('/staff');
    expect(res.headers['set-cookie'][0]).toMatch(/^t911_staff=; Path=\/staff; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure; SameSite=Strict$/);
  });
});

describe('staff pages: guards', () => {
  it('refuses a POST whose Origin is another site (403), accepts its own origin', async () => {
    const { app } = appWith();
    const { form } = await signInForm();
    const foreign = await request(app).post('/staff/login').set('Origin', 'https://evil.example').type('form').send(form).expect(403);
    expect(foreign.body.error.code).toBe('cross_origin');
    expect(foreign.headers['set-cookie']).toBeUndefined();
    await request(app).post('/staff/logout').set('Origin', 'null').expect(403);
    await request(app).post('/staff/login').set('Host', 'bot.example').set('Origin', 'https://bot.example.evil.test').type('form').send(form).expect(403);
    const own = await request(app).post('/staff/login').set('Host', 'bot.example').set('Origin', 'https://bot.example').type('form').send(form).expect(303);
    expect(own.headers['set-cookie']).toHaveLength(1);
  });

  it('refuses an oversized form with 413', async () => {
    const res = await request(appWith().app).post('/staff/login').type('form').send({ token: 'x'.repeat(5000) }).expect(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('answers 503 with a notice when the statistics fail, and logs the error', async () => {
    const { app, logged } = appWith({ stats: { compute: async () => Promise.reject(new Error('database down')) } });
    const { form } = await signInForm();
    const login = await request(app).post('/staff/login').type('form').send(form).expect(303);
    const res = await request(app).get('/staff').set('Cookie', sessionOf(login)).set('Accept-Language', 'en').expect(503);
    expect(res.text).toContain('Statistics unavailable');
    expect(logged()).toContain('staff statistics failed');
  });

  it('answers 429 after 5 failed sign-ins from one address in 15 minutes, for that address only, until the window ends', async () => {
    const { app, clock, logged } = appWith();
    const { form } = await signInForm();
    const from = (ip: string) => request(app).post('/staff/login').set('X-Forwarded-For', ip);
    // Without trust proxy req.ip is the socket's address: give each test app its own by trusting the header.
    app.set('trust proxy', true);
    for (let i = 0; i < 5; i += 1) await from('203.0.113.7').type('form').send({ token: 'wrong', code: '000000' }).expect(401);
    const limited = await from('203.0.113.7').type('form').send(form).set('Accept-Language', 'en').expect(429);
    expect(limited.text).toContain('Too many failed sign-ins');
    expect(Number(limited.headers['retry-after'])).toBe(15 * 60);
    expect(logged()).toContain('"outcome":"rate_limited"');
    // Another address is not held back by the first one's failures.
    await from('198.51.100.2').type('form').send(form).expect(303);
    clock.now = new Date(NOW.getTime() + 15 * 60 * 1000);
    const later = await signInForm();
    await from('203.0.113.7').type('form').send({ token: later.token, code: await later.codeAt(clock.now) }).expect(303);
  });

  it('leaves other paths to the rest of the app', async () => {
    const { app } = appWith();
    app.get('/staffing', (_req, res) => res.json({ reached: true }));
    expect((await request(app).get('/staffing').expect(200)).body).toEqual({ reached: true });
  });
});
