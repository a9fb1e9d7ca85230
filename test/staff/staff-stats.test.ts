import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffPagesRouter } from '../../bot/http/create-staff-pages-router.js';
import { createLogger } from '../../bot/logging/create-logger.js';
import { caseStatsSchema, type CaseStats } from '../../bot/stats/case-stats-schema.js';
import { createStatsService } from '../../bot/stats/create-stats-service.js';
import { QC_SPEEDING_TICKET } from '../../tickets/test-support/ticket-outcomes.js';
import type { Jurisdiction, OffenceCategory, Ticket } from '../../tickets/ticket-schema.js';
import { createTestDatabase, type TestDatabase } from '../support/create-test-database.js';

// 03:00 UTC on Nov 22 is still Nov 21 in Montréal, Toronto and New York: days count there, not in UTC.
const NOW = new Date('2026-11-22T03:00:00Z');
const TOKEN = 'staff-stats-token-0123456789abcdef';

const ticketOf = (jurisdiction: Jurisdiction, offenceCategory: OffenceCategory): Ticket => ({ ...QC_SPEEDING_TICKET, jurisdiction, offenceCategory, currency: jurisdiction === 'NY' ? 'USD' : 'CAD' });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('staff statistics over a seeded database', () => {
  let db: TestDatabase;
  const numbers: Record<string, number> = {};
  const ids: Record<string, string> = {};
  let stats: CaseStats;

  beforeAll(async () => {
    db = await createTestDatabase();
    const { prisma } = db;
    const client = await prisma.client.create({ data: { language: 'fr' } });
    const seed = async (
      name: string,
      data: { status: string; jurisdiction: Jurisdiction | null; offence?: OffenceCategory; respondBy?: string; outcome?: string },
      analyses: { status: string; score: number | null; at: string }[] = [],
    ) => {
      const row = await prisma.case.create({
        data: {
          clientId: client.id,
          status: data.status,
          jurisdiction: data.jurisdiction,
          ticket: data.jurisdiction && data.offence ? ticketOf(data.jurisdiction, data.offence) : undefined,
          respondBy: data.respondBy ? day(data.respondBy) : null,
          outcome: data.outcome ?? null,
          closedAt: data.outcome ? NOW : null,
        },
      });
      for (const analysis of analyses) {
        await prisma.caseAnalysis.create({ data: { caseId: row.id, status: analysis.status, score: analysis.score, retrievedChunkIds: [], createdAt: new Date(analysis.at) } });
      }
      numbers[name] = row.number;
      ids[name] = row.id;
    };
    // Open cases: deadlines.
    await seed('A', { status: 'analysed', jurisdiction: 'QC', offence: 'speeding', respondBy: '2026-11-24' });
    await seed('B', { status: 'paid', jurisdiction: 'ON', offence: 'speeding', respondBy: '2026-11-18' });
    // 6 days in New York (5 if counted in UTC): not at risk.
    await seed('C', { status: 'signed', jurisdiction: 'NY', offence: 'speeding', respondBy: '2026-11-27' });
    await seed('D', { status: 'intake', jurisdiction: null });
    // Rejected: no longer ours to answer, even past.
    await seed('E', { status: 'rejected', jurisdiction: 'QC', offence: 'stop_sign', respondBy: '2026-11-19' });
    await seed('F', { status: 'approved', jurisdiction: 'ON', offence: 'red_light', respondBy: '2026-11-21' });
    // Decided cases.
    await seed('G', { status: 'closed', jurisdiction: 'QC', offence: 'speeding', respondBy: '2026-11-10', outcome: 'acquitted' }, [
      { status: 'scored', score: 20, at: '2026-10-01T12:00:00Z' },
      { status: 'scored', score: 80, at: '2026-10-02T12:00:00Z' },
      // A later failed attempt has no score: the latest *scored* analysis counts.
      { status: 'failed', score: null, at: '2026-10-03T12:00:00Z' },
    ]);
    await seed('H', { status: 'closed', jurisdiction: 'QC', offence: 'red_light', outcome: 'convicted' }, [{ status: 'scored', score: 30, at: '2026-10-01T12:00:00Z' }]);
    await seed('M', { status: 'closed', jurisdiction: 'QC', offence: 'speeding', outcome: 'withdrawn' });
    await seed('I', { status: 'closed', jurisdiction: 'ON', offence: 'speeding', outcome: 'reduced' }, [{ status: 'scored', score: 60, at: '2026-10-01T12:00:00Z' }]);
    await seed('L', { status: 'closed', jurisdiction: 'ON', offence: 'careless_driving', outcome: 'convicted' }, [{ status: 'scored', score: 100, at: '2026-10-01T12:00:00Z' }]);
    await seed('J', { status: 'closed', jurisdiction: 'NY', offence: 'speeding', outcome: 'withdrawn' });
    await seed('K', { status: 'closed', jurisdiction: 'NY', offence: 'red_light', outcome: 'convicted' }, [{ status: 'needs_lawyer', score: null, at: '2026-10-01T12:00:00Z' }]);

    stats = await createStatsService({ prisma, now: () => NOW }).compute();
  });

  afterAll(async () => {
    await db?.close();
  });

  it('matches its schema', () => {
    expect(caseStatsSchema.parse(stats)).toEqual(stats);
    expect(stats.generatedAt).toBe('2026-11-22T03:00:00.000Z');
  });

  it('counts cases by stage and jurisdiction, every stage listed', () => {
    const zero = { QC: 0, ON: 0, NY: 0, unknown: 0 };
    expect(stats.byStage).toEqual([
      { status: 'intake', total: 1, byJurisdiction: { ...zero, unknown: 1 } },
      { status: 'analysis', total: 0, byJurisdiction: zero },
      { status: 'analysed', total: 1, byJurisdiction: { ...zero, QC: 1 } },
      { status: 'needsLawyer', total: 0, byJurisdiction: zero },
      { status: 'paid', total: 1, byJurisdiction: { ...zero, ON: 1 } },
      { status: 'signed', total: 1, byJurisdiction: { ...zero, NY: 1 } },
      { status: 'approved', total: 1, byJurisdiction: { ...zero, ON: 1 } },
      { status: 'rejected', total: 1, byJurisdiction: { ...zero, QC: 1 } },
      { status: 'closed', total: 7, byJurisdiction: { QC: 3, ON: 2, NY: 2, unknown: 0 } },
    ]);
  });

  it('lists open deadlines within 5 days or past, oldest first, days counted in the jurisdiction’s zone', () => {
    const format = (n: number) => `T911-${String(n).padStart(6, '0')}`;
    expect(stats.deadlinesAtRisk).toEqual([
      { caseId: ids.B, number: format(numbers.B), jurisdiction: 'ON', respondBy: '2026-11-18', daysLeft: -3, status: 'paid' },
      { caseId: ids.F, number: format(numbers.F), jurisdiction: 'ON', respondBy: '2026-11-21', daysLeft: 0, status: 'approved' },
      { caseId: ids.A, number: format(numbers.A), jurisdiction: 'QC', respondBy: '2026-11-24', daysLeft: 3, status: 'analysed' },
    ]);
  });

  it('computes success rates by jurisdiction and by offence', () => {
    const o = (acquitted: number, withdrawn: number, reduced: number, convicted: number) => ({ acquitted, withdrawn, reduced, convicted });
    // G acquitted, M withdrawn, I reduced, J withdrawn succeed; H, L, K convicted.
    expect(stats.successRate.overall).toEqual({ key: 'all', closed: 7, successes: 4, rate: 0.5714, outcomes: o(1, 2, 1, 3) });
    expect(stats.successRate.byJurisdiction).toEqual([
      { key: 'QC', closed: 3, successes: 2, rate: 0.6667, outcomes: o(1, 1, 0, 1) },
      { key: 'ON', closed: 2, successes: 1, rate: 0.5, outcomes: o(0, 0, 1, 1) },
      { key: 'NY', closed: 2, successes: 1, rate: 0.5, outcomes: o(0, 1, 0, 1) },
    ]);
    expect(stats.successRate.byOffence).toEqual([
      { key: 'speeding', closed: 4, successes: 4, rate: 1, outcomes: o(1, 2, 1, 0) },
      { key: 'red_light', closed: 2, successes: 0, rate: 0, outcomes: o(0, 0, 0, 2) },
      { key: 'careless_driving', closed: 1, successes: 0, rate: 0, outcomes: o(0, 0, 0, 1) },
    ]);
  });

  it('calibrates the latest scored analysis of each decided case against its outcome', () => {
    // G 80 ✓, H 30 ✗, I 60 ✓, L 100 ✗ (M, J: no analysis; K: not scored).
    // ((0.8 − 1)² + (0.3 − 0)² + (0.6 − 1)² + (1 − 0)²) / 4 = (0.04 + 0.09 + 0.16 + 1) / 4 = 0.3225
    expect(stats.calibration.cases).toBe(4);
    expect(stats.calibration.brierScore).toBe(0.3225);
    const filled = stats.calibration.deciles.filter((d) => d.cases > 0);
    expect(filled).toEqual([
      { range: '30-39', cases: 1, meanPredicted: 0.3, observedSuccessRate: 0 },
      { range: '60-69', cases: 1, meanPredicted: 0.6, observedSuccessRate: 1 },
      { range: '80-89', cases: 1, meanPredicted: 0.8, observedSuccessRate: 1 },
      { range: '90-100', cases: 1, meanPredicted: 1, observedSuccessRate: 0 },
    ]);
  });

  describe('the /staff pages', () => {
    const appWith = (token: string | undefined) => {
      const app = express();
      app.use(createStaffPagesRouter({ token, stats: createStatsService({ prisma: db.prisma, now: () => NOW }), logger: createLogger({ level: 'silent' }), secureCookies: false, now: () => NOW }));
      return app;
    };

    it('signs in and shows the figures; refuses wrong tokens, forged cookies and foreign origins; signs out', async () => {
      const app = appWith(TOKEN);
      const form = await request(app).get('/staff').set('Accept-Language', 'en').expect(200);
      expect(form.text).toContain('action="/staff/login"');
      expect((await request(app).post('/staff/login').type('form').send({ token: 'wrong' }).set('Accept-Language', 'en').expect(401)).text).toContain('This token is not right');
      await request(app).post('/staff/login').set('Origin', 'https://evil.example').type('form').send({ token: TOKEN }).expect(403);

      const login = await request(app).post('/staff/login').type('form').send({ token: TOKEN }).expect(303);
      expect(login.headers.location).toBe('/staff');
      const cookie = String(login.headers['set-cookie'][0]).split(';')[0];
      expect(cookie).toMatch(/^t911_staff=\d+\.[0-9a-f]{64}$/);

      const page = await request(app).get('/staff').set('Cookie', cookie).set('Accept-Language', 'en').expect(200);
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.text).toContain('<th scope="row">Closed</th><td>3</td><td>2</td><td>2</td><td>0</td><td>7</td>');
      expect(page.text).toContain(`<tr class="past"><th scope="row">T911-${String(numbers.B).padStart(6, '0')}</th><td>Ontario</td><td>2026-11-18</td><td>3 days late</td>`);
      expect(page.text).toContain('<tr class="total"><th scope="row">All cases</th><td>7</td><td>4</td><td>57.1%</td>');
      expect(page.text).toContain('Brier score: 0.3225 over 4 cases.');

      const forged = cookie.replace(/[0-9a-f]{4}$/, (tail) => (tail === '0000' ? '1111' : '0000'));
      expect((await request(app).get('/staff').set('Cookie', forged).expect(200)).text).toContain('action="/staff/login"');

      const logout = await request(app).post('/staff/logout').set('Cookie', cookie).expect(303);
      expect(logout.headers['set-cookie'][0]).toMatch(/^t911_staff=;.*Expires=Thu, 01 Jan 1970/);
    });

    it('answers 503 when the staff token is not set', async () => {
      const res = await request(appWith(undefined)).get('/staff').set('Accept-Language', 'en').expect(503);
      expect(res.text).toContain('The staff token is not set');
    });
  });
});
