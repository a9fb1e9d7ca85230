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
import { createEnrolledStaffMember } from './create-enrolled-staff-member.js';

// 03:00 UTC on Nov 22 is still Nov 21 in Montréal, Toronto and New York: days count there, not in UTC.
const NOW = new Date('2026-11-22T03:00:00Z');
const KEY = Buffer.alloc(32, 3);

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

    await seedFollowUps(prisma, numbers);
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

  describe('follow-ups: reminders to come and failed sends', () => {
    const format = (n: number) => `T911-${String(n).padStart(6, '0')}`;

    it('lists the next 25 readable pending reminders by due time and counts every pending one', () => {
      const { upcoming, pendingCount } = stats.followUps;
      // 7 seeded + 30 nudges readable, plus one case reminder of an unknown kind: counted, not listed.
      expect(pendingCount).toBe(38);
      expect(upcoming).toHaveLength(25);
      expect(upcoming.slice(0, 7)).toEqual([
        { jobId: 'r-hearing7', kind: 'hearing7', caseNumber: format(numbers.B), channel: 'whatsapp', dueAt: '2026-11-21T23:00:00.000Z' },
        { jobId: 'r-nudge', kind: 'ticketNudge', caseNumber: null, channel: 'whatsapp', dueAt: '2026-11-22T05:00:00.000Z' },
        { jobId: 'r-plea2', kind: 'plea2', caseNumber: format(numbers.A), channel: 'sms', dueAt: '2026-11-22T14:00:00.000Z' },
        { jobId: 'r-payment', kind: 'payment', caseNumber: null, channel: 'web', dueAt: '2026-11-23T15:00:00.000Z' },
        { jobId: 'r-mandate', kind: 'mandate', caseNumber: null, channel: 'sms', dueAt: '2026-11-24T14:00:00.000Z' },
        // No case number in the event: none shown, rather than a guess.
        { jobId: 'r-hearing1', kind: 'hearing1', caseNumber: null, channel: 'sms', dueAt: '2026-11-25T14:00:00.000Z' },
        { jobId: 'r-hearingDay', kind: 'hearingDay', caseNumber: format(numbers.F), channel: 'whatsapp', dueAt: '2026-12-01T13:00:00.000Z' },
      ]);
      expect(upcoming.slice(7).map((row) => row.jobId)).toEqual(Array.from({ length: 18 }, (_, i) => `bulk-nudge-${String(i).padStart(2, '0')}`));
      expect(upcoming.map((row) => row.jobId)).not.toContain('r-unknown-kind');
    });

    it('counts dead messages, emails, Slack posts and failed jobs, and lists the 25 latest across them', () => {
      const { counts, recent } = stats.followUps.failed;
      expect(counts).toEqual({ messages: 2, emails: 26, slack: 1, jobs: 2 });
      expect(recent).toHaveLength(25);
      expect(recent.slice(0, 7)).toEqual([
        { kind: 'job', id: 'f-reminder', at: '2026-11-21T23:30:00.000Z', code: 'TypeError', channel: 'sms' },
        { kind: 'email', id: 'e-receipt', at: '2026-11-21T22:00:00.000Z', code: 'http_550', channel: null },
        { kind: 'slack', id: 's-answer', at: '2026-11-21T21:00:00.000Z', code: 'channel_not_found', channel: null },
        { kind: 'message', id: 'o-sms', at: '2026-11-21T20:00:00.000Z', code: 'twilio_21610', channel: 'sms' },
        // Error texts that carry a phone number or an address are not shown.
        { kind: 'message', id: 'o-whatsapp', at: '2026-11-20T10:00:00.000Z', code: null, channel: 'whatsapp' },
        { kind: 'email', id: 'e-bounced', at: '2026-11-19T10:00:00.000Z', code: null, channel: null },
        { kind: 'job', id: 'f-signed', at: '2026-11-18T10:00:00.000Z', code: null, channel: 'web' },
      ]);
      // Then the newest of the 24 older dead emails: 23 down to 6.
      expect(recent.slice(7).map((row) => row.id)).toEqual(Array.from({ length: 18 }, (_, i) => `bulk-email-${String(23 - i).padStart(2, '0')}`));
    });

    it('never carries a message body, an address, a phone number or an email', () => {
      const json = JSON.stringify(stats);
      for (const secret of ['SECRET', '514555', '+1514', 'example.test', 'Zoé', 'whatsapp:+']) expect(json).not.toContain(secret);
    });
  });

  describe('the /staff pages', () => {
    const appWith = () => {
      const app = express();
      app.use(
        createStaffPagesRouter({
          prisma: db.prisma,
          encryptionKey: KEY,
          sessionKey: Buffer.alloc(32, 4),
          stats: createStatsService({ prisma: db.prisma, now: () => NOW }),
          logger: createLogger({ level: 'silent' }),
          secureCookies: false,
          now: () => NOW,
        }),
      );
      return app;
    };

    it('signs in and shows the figures; refuses wrong tokens, forged cookies and foreign origins; signs out', async () => {
      const app = appWith();
      const { token: TOKEN, codeAt } = await createEnrolledStaffMember({ prisma: db.prisma, key: KEY, now: NOW });
      const code = await codeAt(NOW);
      const form = await request(app).get('/staff').set('Accept-Language', 'en').expect(200);
      expect(form.text).toContain('action="/staff/login"');
      expect((await request(app).post('/staff/login').type('form').send({ token: 'wrong', code }).set('Accept-Language', 'en').expect(401)).text).toContain('This token or code is not right');
      await request(app).post('/staff/login').set('Origin', 'https://evil.example').type('form').send({ token: TOKEN, code }).expect(403);

      const login = await request(app).post('/staff/login').type('form').send({ token: TOKEN, code }).expect(303);
      expect(login.headers.location).toBe('/staff');
      const cookie = String(login.headers['set-cookie'][0]).split(';')[0];
      expect(cookie).toMatch(/^t911_staff=[0-9a-f-]{36}\.\d+\.[0-9a-f]{64}$/);

      const page = await request(app).get('/staff').set('Cookie', cookie).set('Accept-Language', 'en').expect(200);
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.text).toContain('<th scope="row">Closed</th><td>3</td><td>2</td><td>2</td><td>0</td><td>7</td>');
      expect(page.text).toContain(`<tr class="past"><th scope="row">T911-${String(numbers.B).padStart(6, '0')}</th><td>Ontario</td><td>2026-11-18</td><td>3 days late</td>`);
      expect(page.text).toContain('<tr class="total"><th scope="row">All cases</th><td>7</td><td>4</td><td>57.1%</td>');
      expect(page.text).toContain('Brier score: 0.3225 over 4 cases.');
      // Reminders and failures in Montréal time: 23:00 UTC on Nov 21 is 18:00 there.
      expect(page.text).toContain('<p>Pending reminders: 38. Listed: 25.</p>');
      expect(page.text).toContain(`<tr class="past"><th scope="row">2026-11-21 18:00</th><td>Hearing: 7 days before</td><td>T911-${String(numbers.B).padStart(6, '0')}</td><td>WhatsApp</td></tr>`);
      expect(page.text).toContain('<tr class="total"><th scope="row">Total</th><td>31</td></tr>');
      expect(page.text).toContain('<tr><th scope="row">2026-11-21 18:30</th><td>Scheduled event</td><td><code>TypeError</code></td><td>SMS</td><td><code>f-reminder</code></td></tr>');
      for (const secret of ['SECRET', '514555', 'example.test']) expect(page.text).not.toContain(secret);

      const forged = cookie.replace(/[0-9a-f]{4}$/, (tail) => (tail === '0000' ? '1111' : '0000'));
      expect((await request(app).get('/staff').set('Cookie', forged).expect(200)).text).toContain('action="/staff/login"');

      const logout = await request(app).post('/staff/logout').set('Cookie', cookie).expect(303);
      expect(logout.headers['set-cookie'][0]).toMatch(/^t911_staff=;.*Expires=Thu, 01 Jan 1970/);
    });
  });
});

/**
 * Reminders (pending jobs, and jobs that are not reminders or not pending), and failed
 * sends in the four tables, each next to rows that must not count. Bodies, addresses
 * and error texts carry markers the JSON must never show.
 */
async function seedFollowUps(prisma: TestDatabase['prisma'], numbers: Record<string, number>): Promise<void> {
  const format = (n: number) => `T911-${String(n).padStart(6, '0')}`;
  const sms = await prisma.conversation.create({ data: { channel: 'sms', address: '+15145550101' } });
  const whatsapp = await prisma.conversation.create({ data: { channel: 'whatsapp', address: 'whatsapp:+15145550102' } });
  const web = await prisma.conversation.create({ data: { channel: 'web', address: 'web-visitor-1' } });
  const job = (id: string, conversationId: string, event: Record<string, unknown>, runAt: string, status = 'pending', lastError: string | null = null) =>
    prisma.scheduledJob.create({ data: { id, conversationId, event: event as object, runAt: new Date(runAt), status, lastError, updatedAt: new Date(runAt) } });
  const caseReminder = (kind: string, caseNumber?: string) => ({ type: 'CASE.REMINDER', caseId: 'case-id', kind, ...(caseNumber ? { caseNumber } : {}) });

  await job('r-plea2', sms.id, caseReminder('plea2', format(numbers.A)), '2026-11-22T14:00:00Z');
  // Past its time and still pending: listed first.
  await job('r-hearing7', whatsapp.id, caseReminder('hearing7', format(numbers.B)), '2026-11-21T23:00:00Z');
  await job('r-payment', web.id, { type: 'TIMER.PAYMENT_REMINDER' }, '2026-11-23T15:00:00Z');
  await job('r-mandate', sms.id, { type: 'TIMER.MANDATE_REMINDER' }, '2026-11-24T14:00:00Z');
  await job('r-nudge', whatsapp.id, { type: 'TIMER.TICKET_NUDGE' }, '2026-11-22T05:00:00Z');
  await job('r-hearing1', sms.id, caseReminder('hearing1'), '2026-11-25T14:00:00Z');
  await job('r-hearingDay', whatsapp.id, { ...caseReminder('hearingDay', format(numbers.F)), note: 'SECRET-NOTE for zoe@example.test' }, '2026-12-01T13:00:00Z');
  await job('r-unknown-kind', sms.id, caseReminder('plea30', format(numbers.A)), '2026-11-22T04:00:00Z');
  await prisma.scheduledJob.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      id: `bulk-nudge-${String(i).padStart(2, '0')}`,
      conversationId: web.id,
      event: { type: 'TIMER.TICKET_NUDGE' },
      runAt: new Date(Date.UTC(2027, 0, 1, i)),
    })),
  });
  // Not reminders, or no longer pending: not counted as upcoming.
  await job('x-signed', sms.id, { type: 'MANDATE.SIGNED', caseId: 'case-id' }, '2026-11-22T06:00:00Z');
  await job('x-expired', web.id, { type: 'TIMER.QUOTE_EXPIRED' }, '2026-11-22T06:00:00Z');
  await job('x-done', sms.id, caseReminder('plea7', format(numbers.A)), '2026-11-15T14:00:00Z', 'done');
  await job('x-cancelled', sms.id, caseReminder('hearing7', format(numbers.A)), '2026-11-16T14:00:00Z', 'cancelled');
  // Failed jobs, reminder or not.
  await job('f-reminder', sms.id, caseReminder('plea7', format(numbers.A)), '2026-11-21T23:30:00Z', 'failed', 'TypeError');
  await job('f-signed', web.id, { type: 'MANDATE.SIGNED', caseId: 'case-id' }, '2026-11-18T10:00:00Z', 'failed');

  const outbox = async (id: string, conversation: { id: string; channel: string }, status: string, lastError: string | null, at: string) => {
    const message = await prisma.message.create({
      data: { conversationId: conversation.id, direction: 'outbound', channel: conversation.channel, status: status === 'dead' ? 'failed' : 'queued', body: `SECRET-BODY ${id}, Zoé` },
    });
    await prisma.outboxEntry.create({ data: { id, messageId: message.id, conversationId: conversation.id, channel: conversation.channel, status, lastError, updatedAt: new Date(at) } });
  };
  await outbox('o-sms', sms, 'dead', 'twilio_21610', '2026-11-21T20:00:00Z');
  await outbox('o-whatsapp', whatsapp, 'dead', 'invalid_to_15145550102', '2026-11-20T10:00:00Z');
  await outbox('o-pending', sms, 'pending', 'http_503', '2026-11-21T23:50:00Z');
  await outbox('o-sent', web, 'sent', null, '2026-11-21T23:55:00Z');

  const email = (id: string, status: string, lastError: string | null, at: Date) => ({ id, to: 'zoe@example.test', template: 'receipt', language: 'fr', status, lastError, updatedAt: at });
  await prisma.outboundEmail.createMany({
    data: [
      email('e-receipt', 'dead', 'http_550', new Date('2026-11-21T22:00:00Z')),
      email('e-bounced', 'dead', 'bounced: zoe@example.test', new Date('2026-11-19T10:00:00Z')),
      email('e-sent', 'sent', null, new Date('2026-11-21T23:59:00Z')),
      ...Array.from({ length: 24 }, (_, i) => email(`bulk-email-${String(i).padStart(2, '0')}`, 'dead', 'http_500', new Date(Date.UTC(2026, 9, 1, 0, i)))),
    ],
  });

  await prisma.slackPost.createMany({
    data: [
      { id: 's-answer', kind: 'answer', text: 'SECRET answer from Zoé', status: 'dead', lastError: 'channel_not_found', updatedAt: new Date('2026-11-21T21:00:00Z') },
      { id: 's-off', kind: 'card', status: 'off', lastError: 'slack_off', updatedAt: new Date('2026-11-21T23:58:00Z') },
    ],
  });
}
