import { createHmac } from 'node:crypto';
import { Writable } from 'node:stream';
import express from 'express';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { createLogger } from '../logging/create-logger.js';
import { caseStatsSchema } from '../stats/case-stats-schema.js';
import { computeCalibration } from '../stats/compute-calibration.js';
import type { StatsService } from '../stats/create-stats-service.js';
import { createStaffPagesRouter } from './create-staff-pages-router.js';

const TOKEN = 'staff-pages-token-0123456789abcdef';
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

// `token: undefined` must reach the router: a destructuring default would replace it.
function appWith(options: { token?: string; secureCookies?: boolean; stats?: StatsService } = {}) {
  const { secureCookies = true, stats = { compute: vi.fn(async () => STATS) } } = options;
  const token = 'token' in options ? options.token : TOKEN;
  const clock = { now: NOW };
  let logged = '';
  const destination = new Writable({
    write(chunk, _enc, done) {
      logged += chunk.toString();
      done();
    },
  });
  const app = express();
  app.use(createStaffPagesRouter({ token, stats, logger: createLogger({ level: 'info', destination }), secureCookies, now: () => clock.now }));
  return { app, stats, clock, logged: () => logged };
}

const cookieFor = (token: string, expiry: number) => `t911_staff=${expiry}.${createHmac('sha256', token).update(`staff-session:${expiry}`).digest('hex')}`;
const sessionOf = (res: request.Response) => String(res.headers['set-cookie']?.[0] ?? '').split(';')[0];

describe('staff pages: sign-in', () => {
  it('shows the sign-in form, never cached, without a session', async () => {
    const { app, stats } = appWith();
    const res = await request(app).get('/staff').set('Accept-Language', 'en').expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('action="/staff/login"');
    expect(stats.compute).not.toHaveBeenCalled();
  });

  it('refuses a wrong token with 401 and the form again, and logs the failure without the token', async () => {
    const { app, logged } = appWith();
    const res = await request(app).post('/staff/login').type('form').send({ token: 'not-the-token' }).expect(401);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.text).toContain('Ce jeton n’est pas le bon.');
    expect(logged()).toContain('"outcome":"failure"');
    expect(logged()).not.toContain('not-the-token');
  });

  it('sets a signed 8-hour session cookie on the right token, then shows the statistics', async () => {
    const { app, stats, logged } = appWith();
    const res = await request(app).post('/staff/login').type('form').send({ token: TOKEN }).expect(303);
    expect(res.headers.location).toBe('/staff');
    expect(res.headers['cache-control']).toBe('no-store');
    const expiry = NOW.getTime() + EIGHT_HOURS;
    const setCookie = res.headers['set-cookie'][0];
    expect(sessionOf(res)).toBe(cookieFor(TOKEN, expiry));
    expect(setCookie).toContain('Path=/staff');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain(`Expires=${new Date(expiry).toUTCString()}`);
    expect(logged()).toContain('"outcome":"success"');
    expect(logged()).not.toContain(TOKEN);

    const page = await request(app).get('/staff').set('Cookie', sessionOf(res)).set('Accept-Language', 'en').expect(200);
    expect(page.text).toContain('Case statistics');
    expect(page.text).toContain('<th scope="row">Intake</th><td>4</td>');
    expect(stats.compute).toHaveBeenCalledOnce();
  });

  it('leaves Secure off for plain-http development', async () => {
    const res = await request(appWith({ secureCookies: false }).app).post('/staff/login').type('form').send({ token: TOKEN }).expect(303);
    expect(res.headers['set-cookie'][0]).not.toContain('Secure');
  });

  it('refuses expired, forged, far-future and old-token sessions', async () => {
    const { app, clock, stats } = appWith();
    const login = await request(app).post('/staff/login').type('form').send({ token: TOKEN });
    const expiry = NOW.getTime() + EIGHT_HOURS;
    for (const cookie of [
      `t911_staff=${expiry}.${'0'.repeat(64)}`,
      cookieFor('the-previous-token', expiry),
      cookieFor(TOKEN, NOW.getTime() + 2 * EIGHT_HOURS),
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
  it('answers 503 with a page saying the token is not set, for every /staff route', async () => {
    const { app } = appWith({ token: undefined });
    for (const call of [request(app).get('/staff'), request(app).post('/staff/login').type('form').send({ token: 'x' }), request(app).post('/staff/logout')]) {
      const res = await call.set('Accept-Language', 'en');
      expect(res.status).toBe(503);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.text).toContain('The staff token is not set');
    }
  });

  it('refuses a POST whose Origin is another site (403), accepts its own origin', async () => {
    const { app } = appWith();
    const foreign = await request(app).post('/staff/login').set('Origin', 'https://evil.example').type('form').send({ token: TOKEN }).expect(403);
    expect(foreign.body.error.code).toBe('cross_origin');
    expect(foreign.headers['set-cookie']).toBeUndefined();
    await request(app).post('/staff/logout').set('Origin', 'null').expect(403);
    await request(app).post('/staff/login').set('Host', 'bot.example').set('Origin', 'https://bot.example.evil.test').type('form').send({ token: TOKEN }).expect(403);
    const own = await request(app).post('/staff/login').set('Host', 'bot.example').set('Origin', 'https://bot.example').type('form').send({ token: TOKEN }).expect(303);
    expect(own.headers['set-cookie']).toHaveLength(1);
  });

  it('refuses an oversized form with 413', async () => {
    const res = await request(appWith().app).post('/staff/login').type('form').send({ token: 'x'.repeat(5000) }).expect(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('answers 503 with a notice when the statistics fail, and logs the error', async () => {
    const { app, logged } = appWith({ stats: { compute: async () => Promise.reject(new Error('database down')) } });
    const login = await request(app).post('/staff/login').type('form').send({ token: TOKEN });
    const res = await request(app).get('/staff').set('Cookie', sessionOf(login)).set('Accept-Language', 'en').expect(503);
    expect(res.text).toContain('Statistics unavailable');
    expect(logged()).toContain('staff statistics failed');
  });

  it('leaves other paths to the rest of the app', async () => {
    const { app } = appWith({ token: undefined });
    app.get('/staffing', (_req, res) => res.json({ reached: true }));
    expect((await request(app).get('/staffing').expect(200)).body).toEqual({ reached: true });
  });
});
