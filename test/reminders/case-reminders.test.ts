import nock from 'nock';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInboundMessage } from '../../bot/runtime/accept-inbound-message.js';
import { scheduleCaseReminders } from '../../bot/reminders/schedule-case-reminders.js';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/create-test-database.js';
import { seedCaseInReview, type CaseInReview } from '../support/seed-case-in-review.js';

const STAFF_TOKEN = 'staff-token-reminders-0123456789abcdef';
const ENV = { STAFF_API_TOKEN: STAFF_TOKEN, RESEND_API_KEY: 're_test_reminders', EMAIL_FROM: 'Ticket911 <avis@ticket911.example>' };

/**
 * Reminders with a controlled clock, on a conversation by SMS (Montréal):
 * each fires once at its local time across the end of daylight saving
 * (Nov 1, 2026), a rescheduled hearing moves them, a restart loses none and
 * sends none twice, quiet hours defer, STOP silences, a closed case cancels.
 */
describe('case reminders', () => {
  let db: TestDatabase;
  let t: TestApp;
  const clock = createTestClock('2026-10-20T15:00:00Z');

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    db = await createTestDatabase();
    t = await createTestApp({ db, clock, env: ENV });
  });
  afterAll(async () => {
    nock.cleanAll();
    nock.enableNetConnect();
    await t.close();
    await db.close();
  });

  /** The seeded web conversation becomes an SMS one from a Montréal number: quiet hours apply. */
  async function bySms(seeded: CaseInReview, phone: string) {
    await t.db.prisma.conversation.update({ where: { id: seeded.conversationId }, data: { channel: 'sms', address: phone, market: 'qc' } });
    await t.db.prisma.client.update({ where: { id: seeded.clientId }, data: { email: 'zoe@example.com' } });
  }
  const sms = async (seeded: CaseInReview) =>
    (await t.db.prisma.message.findMany({ where: { conversationId: seeded.conversationId, direction: 'out' }, orderBy: { seq: 'asc' } })).map((m) => m.body ?? '');
  const pendingReminders = async (seeded: CaseInReview) =>
    (await t.db.prisma.scheduledJob.findMany({ where: { conversationId: seeded.conversationId, status: 'pending', event: { path: ['type'], equals: 'CASE.REMINDER' } }, orderBy: { runAt: 'asc' } })).map((j) => [(j.event as { kind: string }).kind, j.runAt.toISOString()]);
  const at = async (iso: string) => {
    clock.set(new Date(iso));
    await t.app.scheduler.runOnce();
    await t.settle();
  };
  const hearing = (caseId: string, body: object) => request(t.app.express).post(`/api/v1/cases/${caseId}/hearing`).set('Authorization', `Bearer ${STAFF_TOKEN}`).send(body);
  const say = async (seeded: CaseInReview, text: string, providerId: string) => {
    const conversation = await t.db.prisma.conversation.findUniqueOrThrow({ where: { id: seeded.conversationId } });
    await acceptInboundMessage({ prisma: t.db.prisma, message: { channel: conversation.channel as 'sms', address: conversation.address, providerId, text, media: [], receivedAt: clock.now() }, numbers: {} });
    t.app.worker.enqueue(conversation.id);
    await t.settle();
  };

  it('hearing reminders: local times across daylight saving, moved by a reschedule, once each across a restart, deferred at night, cancelled by the outcome', async () => {
    let emails = 0;
    nock('https://api.resend.com').persist().post('/emails').reply(200, () => ({ id: `resend-${++emails}` }));
    const seeded = await seedCaseInReview({ t });
    await bySms(seeded, '+15145550123');
    await t.app.reviews.approve({ reviewId: seeded.reviewId, actor: 'slack:ULAWYER1' });
    await t.app.scheduler.runOnce();
    await t.settle();
    const before = (await sms(seeded)).length;

    await hearing(seeded.caseId, { date: '2026-11-03', time: '09:30', court: 'Cour municipale de Montréal', room: '3.10' }).expect(201);
    expect(await pendingReminders(seeded)).toEqual([
      ['hearing7', '2026-10-27T14:00:00.000Z'], // 10:00 EDT
      ['hearing1', '2026-11-02T15:00:00.000Z'], // 10:00 EST: the clocks went back on Nov 1
      ['hearingDay', '2026-11-03T13:00:00.000Z'], // 08:00 EST
    ]);
    // Postponed two days: the reminders move with it.
    await hearing(seeded.caseId, { date: '2026-11-05', time: '09:30', court: 'Cour municipale de Montréal', room: '3.10' }).expect(201);
    expect(await pendingReminders(seeded)).toEqual([
      ['hearing7', '2026-10-29T14:00:00.000Z'],
      ['hearing1', '2026-11-04T15:00:00.000Z'],
      ['hearingDay', '2026-11-05T13:00:00.000Z'],
    ]);
    await t.app.scheduler.runOnce();
    await t.settle();
    expect((await sms(seeded)).slice(before)).toHaveLength(2); // "hearing set" twice (date, then the new date)

    // The old 7-day time passes: nothing (that reminder was cancelled).
    await at('2026-10-27T14:00:00Z');
    expect((await sms(seeded)).slice(before + 2)).toEqual([]);

    // The new one fires once, however often the scheduler looks.
    await at('2026-10-29T14:00:00Z');
    await at('2026-10-29T14:00:30Z');
    const seven = (await sms(seeded)).slice(before + 2);
    expect(seven).toEqual([expect.stringMatching(/^Dossier T911-\d{6}\u00a0: audience dans 7 jours, le 5 novembre 2026 à 09:30, Cour municipale de Montréal, salle 3\.10\..*Apportez\u00a0: le constat/)]);
    // The same words by email, for a client who gave an address.
    const email = await t.db.prisma.outboundEmail.findFirstOrThrow({ where: { caseId: seeded.caseId, template: 'notice', payload: { path: ['key'], equals: 'reminder.hearing7' } } });
    await t.app.emailOutbox.runOnce();
    expect(await t.db.prisma.outboundEmail.findUniqueOrThrow({ where: { id: email.id } })).toMatchObject({ status: 'sent', providerId: expect.stringMatching(/^resend-/) });

    // REMINDERS lists what is left, in Montréal time.
    await say(seeded, 'RAPPELS', 'reminders-1');
    const list = (await sms(seeded)).at(-1)!;
    expect(list.split('\n')).toEqual(['Rappels prévus\u00a0:', expect.stringMatching(/^• mer\.? 4 nov\.?,? 10 h 00\u00a0: audience, la veille$/), expect.stringMatching(/^• jeu\.? 5 nov\.?,? 08 h 00\u00a0: audience, le matin même$/)]);

    // The service restarts before the day-before reminder: the new process sends it, once.
    await t.app.stop();
    t = await createTestApp({ db, clock, env: ENV });
    const sent = (await sms(seeded)).length;
    await at('2026-11-04T15:00:00Z');
    await at('2026-11-04T15:05:00Z');
    expect((await sms(seeded)).slice(sent)).toEqual([expect.stringMatching(/audience demain, le 5 novembre 2026 à 09:30/)]);

    // The outcome comes in at 22:30 in Montréal: recorded now, said at 08:00; the morning-of reminder is cancelled.
    clock.set(new Date('2026-11-05T03:30:00Z'));
    await request(t.app.express).post(`/api/v1/cases/${seeded.caseId}/outcome`).set('Authorization', `Bearer ${STAFF_TOKEN}`).send({ outcome: 'withdrawn' }).expect(201);
    await at('2026-11-05T03:30:00Z');
    const quiet = (await sms(seeded)).length;
    expect(await pendingReminders(seeded)).toEqual([]);
    const deferred = await t.db.prisma.scheduledJob.findFirstOrThrow({ where: { conversationId: seeded.conversationId, event: { path: ['type'], equals: 'CASE.OUTCOME' } } });
    expect(deferred).toMatchObject({ status: 'pending', runAt: new Date('2026-11-05T13:00:00Z') });
    await at('2026-11-05T12:59:00Z');
    expect((await sms(seeded)).length).toBe(quiet);
    await at('2026-11-05T13:00:00Z');
    expect((await sms(seeded)).slice(quiet)).toEqual([expect.stringContaining('T911-')]);
    expect(await t.db.prisma.scheduledJob.count({ where: { conversationId: seeded.conversationId, status: 'cancelled', event: { path: ['kind'], equals: 'hearingDay' } } })).toBe(2);
  });

  it('plea reminders fire at 10:00 before the date to answer, and stop once a lawyer has the case', async () => {
    clock.set(new Date('2026-11-10T15:00:00Z'));
    const seeded = await seedCaseInReview({ t, respondBy: '2026-11-30' });
    await bySms(seeded, '+15145550177');
    await t.db.prisma.$transaction((tx) => scheduleCaseReminders({ tx, caseId: seeded.caseId, now: clock.now(), which: 'plea' }));
    expect(await pendingReminders(seeded)).toEqual([
      ['plea7', '2026-11-23T15:00:00.000Z'],
      ['plea2', '2026-11-28T15:00:00.000Z'],
    ]);
    const before = (await sms(seeded)).length;
    nock('https://api.resend.com').post('/emails').reply(200, { id: 'resend-plea-7' });
    await at('2026-11-23T15:00:00Z');
    expect((await sms(seeded)).slice(before)).toEqual([expect.stringMatching(/^Rappel, dossier T911-\d{6}\u00a0: répondre au constat d’ici le 30 novembre 2026, dans 7 jours\./)]);
    await t.app.emailOutbox.runOnce();
    await t.app.reviews.approve({ reviewId: seeded.reviewId, actor: 'slack:ULAWYER1' });
    await at('2026-11-28T15:00:00Z');
    expect((await sms(seeded)).slice(before + 1).some((text) => text.includes('dans 2 jours'))).toBe(false);
    expect(await pendingReminders(seeded)).toEqual([]);
  });

  it('STOP silences every reminder at once; START brings the next ones back', async () => {
    clock.set(new Date('2026-12-01T15:00:00Z'));
    const seeded = await seedCaseInReview({ t });
    await bySms(seeded, '+15145550188');
    await t.app.reviews.approve({ reviewId: seeded.reviewId, actor: 'slack:ULAWYER1' });
    await hearing(seeded.caseId, { date: '2026-12-20', time: '13:00', court: 'Cour municipale de Laval' }).expect(201);
    await t.app.scheduler.runOnce();
    await t.settle();
    await say(seeded, 'STOP', 'stop-1');
    const silent = await t.db.prisma.outboxEntry.count({ where: { conversationId: seeded.conversationId, status: 'sent' } });
    nock('https://api.resend.com').post('/emails').reply(200, { id: 'never' });
    await at('2026-12-13T15:00:00Z'); // hearing7
    expect(await t.db.prisma.outboxEntry.count({ where: { conversationId: seeded.conversationId, status: 'sent' } })).toBe(silent);
    expect(await t.db.prisma.outboundEmail.count({ where: { caseId: seeded.caseId, payload: { path: ['key'], equals: 'reminder.hearing7' } } })).toBe(0);
    nock.cleanAll();
    await say(seeded, 'START', 'start-1');
    const resumed = (await sms(seeded)).length;
    await at('2026-12-19T15:00:00Z'); // hearing1
    expect((await sms(seeded)).slice(resumed)).toEqual([expect.stringMatching(/audience demain/)]);
  });
});
