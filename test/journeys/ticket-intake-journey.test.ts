import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketSchema } from '../../tickets/ticket-schema.js';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { type FakeTwilio, startFakeTwilio } from '../support/start-fake-twilio.js';
import { ticketFixture } from '../support/ticket-fixtures.js';
import { twilioDriver } from '../support/twilio-driver.js';
import { openConsentedWebChat } from '../support/web-chat-driver.js';
import { generateTicketSample } from '../../tools/ticket-generator/generate-ticket-sample.js';

const OUR_QC_NUMBER = '+15145550100';

/** Offline: no ANTHROPIC_API_KEY, so the OCR and the form parsers read every ticket here. */
describe('ticket intake journey (real app, offline OCR)', () => {
  let t: TestApp;
  let fake: FakeTwilio;
  let phone = 0;
  // The fixtures were generated for 2026-10-20: their deadlines are ahead of this day.
  const clock = createTestClock('2026-10-20T15:00:00Z');
  const STAFF_TOKEN = 'staff-token-for-the-intake-journey-0123456789';

  beforeAll(async () => {
    fake = await startFakeTwilio();
    t = await createTestApp({
      clock,
      env: { TWILIO_ACCOUNT_SID: fake.accountSid, TWILIO_AUTH_TOKEN: fake.authToken, TWILIO_API_BASE_URL: fake.baseUrl, TWILIO_NUMBER_QC: OUR_QC_NUMBER, MAX_UPLOAD_BYTES: String(2 * 1024 * 1024), STAFF_API_TOKEN: STAFF_TOKEN },
    });
  });
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  const chatWithConsent = (language: 'en' | 'fr' | 'es') => openConsentedWebChat({ app: t.app.express, language, settle: () => t.settle() });

  it('reads a photo, shows the ticket with its deadline, takes a correction in plain words and confirms', async () => {
    const chat = await chatWithConsent('en');
    await chat.upload(ticketFixture('ticket-on-speeding-s0-1.jpg').bytes, 'ticket.jpg', 'image/jpeg').expect(202);
    await t.settle();
    const [summary] = await chat.newReplies();
    expect(summary).toContain('Here is what I read on your ticket:');
    expect(summary).toContain('• Jurisdiction: Ontario');
    expect(summary).toContain('• Offence: Speeding (Highway Traffic Act, s. 128), 114 km/h in a 100 km/h zone');
    expect(summary).toContain('• Fine: $35.00');
    expect(summary).toContain('• Date: October 12, 2026');
    expect(summary).toContain('• Ticket no.: T1705589');
    expect(summary).toContain('Deadline to answer: October 27, 2026, 7 days left (15 days to choose an option, Provincial Offences Act).');
    expect(summary).toContain('Is this right?');

    await chat.say('the fine is $250').expect(202);
    await t.settle();
    const [again] = await chat.newReplies();
    expect(again).toContain('• Fine: $250.00');
    expect(again).toContain('• Ticket no.: T1705589');

    await chat.say('yes').expect(202);
    await t.settle();
    const [confirmed, assessment, options] = await chat.newReplies();
    expect(confirmed).toMatch(/your ticket is confirmed \(case T911-\d{6}\).*a lawyer of the firm reviews every case/s);
    // The offline analysis, over the real corpus: a score with reasons and their sources, then options and the no-guarantee line.
    expect(assessment).toMatch(/^Preliminary assessment of case T911-\d{6}: \d{1,2}\/100 for contesting/);
    expect(assessment).toContain('(Highway Traffic Act, R.S.O. 1990, c. H.8, s. 128)');
    expect(options).toContain('• Request a trial');
    expect(options).toContain('not a guarantee of any outcome');

    const stored = await t.db.prisma.case.findFirstOrThrow({ where: { conversation: { address: chat.sessionId } } });
    expect(stored.status).toBe('analysed');
    const [analysis] = await t.db.prisma.caseAnalysis.findMany({ where: { caseId: stored.id } });
    expect(analysis).toMatchObject({ status: 'scored', engine: 'offline', model: null, promptVersion: 'offline-rules/2026-11-21', needsReview: false });
    expect(analysis!.retrievedChunkIds).toContain('on-hta-128#0');
    expect(assessment).toContain(`${analysis!.score}/100`);
    // A lawyer sees why: engine, rules version, retrieved chunks, timings, the full analysis with its draft.
    const view = await request(t.app.express).get(`/api/v1/cases/${stored.id}`).set('authorization', `Bearer ${STAFF_TOKEN}`).expect(200);
    expect(view.body.analyses).toHaveLength(1);
    expect(view.body.analyses[0]).toMatchObject({ status: 'scored', engine: 'offline', score: analysis!.score, retrievedChunkIds: analysis!.retrievedChunkIds });
    expect(view.body.analyses[0].timings.totalMs).toBeGreaterThan(0);
    expect(view.body.analyses[0].analysis.draft.text).toContain('REQUEST FOR TRIAL');
    expect(stored.ticketConfirmedAt).not.toBeNull();
    expect(stored.jurisdiction).toBe('ON');
    expect(stored.respondBy?.toISOString().slice(0, 10)).toBe('2026-10-27');
    const ticket = ticketSchema.parse(stored.ticket);
    expect(ticket).toMatchObject({ jurisdiction: 'ON', offenceCategory: 'speeding', section: '128', fineCents: 25000, currency: 'CAD', demeritPoints: 0, respondBy: '2026-10-27' });
    const audit = await t.db.prisma.auditLog.findMany({ where: { caseId: stored.id, NOT: { action: 'staff.read' } }, orderBy: { at: 'asc' } });
    // The staff view above was a read of personal data: audited once, by the service token.
    expect(await t.db.prisma.auditLog.findMany({ where: { caseId: stored.id, action: 'staff.read' }, select: { actor: true } })).toEqual([{ actor: 'service' }]);
    // The price follows the analysis in the same turn (test/e2e/web-chat-to-paid.test.ts follows it to paid).
    expect(audit.map((a) => a.action)).toEqual(['case.opened', 'ticket.read', 'ticket.read', 'ticket.confirmed', 'case.analysed', 'quote.offered']);
    // The logs say a ticket was read, never what it says.
    expect(t.rawLog()).not.toContain('T1705589');
  });

  it('reads typed details from an SMS and answers in the driver’s language', async () => {
    const from = `+1514555${String(3000 + ++phone)}`;
    const d = twilioDriver({ app: t.app.express, authToken: fake.authToken, publicBaseUrl: t.config.server.publicBaseUrl, from, to: OUR_QC_NUMBER, accountSid: fake.accountSid });
    await d.text('Hi').expect(200);
    await d.text('yes').expect(200);
    await t.settle();
    fake.sent.length = 0;
    await d.text('speeding 78 in a 50 on Sherbrooke, Montreal, $143').expect(200);
    await t.settle();
    const summary = fake.sent.at(-1)?.body ?? '';
    // The SMS form of the summary: GSM stand-ins for the bullets (channels/twilio/to-sms-text.ts).
    expect(summary).toContain('- Jurisdiction: Quebec');
    expect(summary).toMatch(/- Offence: Speeding \(Highway Safety Code, s\. \d+\), 78 km\/h in a 50 km\/h zone/);
    expect(summary).toContain('- Fine: $143.00');
    // No date was typed: the bot asks for it instead of guessing.
    expect(summary).toContain('I could not read: the date');
  });

  it('reads the first page of a PDF scan', async () => {
    const chat = await chatWithConsent('fr');
    await chat.upload(ticketFixture('pdf1-qc-stop-sign-s1-9.pdf').bytes, 'constat.pdf', 'application/pdf').expect(202);
    await t.settle();
    const [summary] = await chat.newReplies();
    expect(summary).toContain('• Juridiction : Québec');
    expect(summary).toContain('art. 368');
  });

  it('says a receipt is not a ticket, and opens no case', async () => {
    const chat = await chatWithConsent('fr');
    await chat.upload(ticketFixture('receipt-none-s2-5.jpg').bytes, 'recu.jpg', 'image/jpeg').expect(202);
    await t.settle();
    expect(await chat.newReplies()).toEqual(['Ceci ne ressemble pas à un constat d’infraction. Envoyez une photo du constat lui-même (en entier, à plat et bien éclairé), ou écrivez ses détails.']);
    expect(await t.db.prisma.case.count({ where: { conversation: { address: chat.sessionId } } })).toBe(0);
  });

  it('asks for a retake of a corrupt photo, in Spanish', async () => {
    const chat = await chatWithConsent('es');
    const truncated = ticketFixture('ticket-qc-speeding-s0-1.jpg').bytes.subarray(0, 4000);
    await chat.upload(truncated, 'multa.jpg', 'image/jpeg').expect(202);
    await t.settle();
    expect(await chat.newReplies()).toEqual(['No pude leer esta foto. Tómela de nuevo: la multa completa, plana, con buena luz, sin desenfoque ni reflejos.']);
  });

  it('asks for a smaller photo when an MMS is over the size limit', async () => {
    const from = `+1514555${String(3000 + ++phone)}`;
    const d = twilioDriver({ app: t.app.express, authToken: fake.authToken, publicBaseUrl: t.config.server.publicBaseUrl, from, to: OUR_QC_NUMBER, accountSid: fake.accountSid });
    await d.text('Bonjour').expect(200);
    await d.text('oui').expect(200);
    await t.settle();
    fake.media.set('MEbig', { data: Buffer.alloc(3 * 1024 * 1024, 0xff), contentType: 'image/jpeg' });
    await d.media([{ url: `${fake.baseUrl}/media/MEbig`, contentType: 'image/jpeg' }]).expect(200);
    await t.settle();
    expect(fake.sent.at(-1)?.body).toBe('Ce fichier est trop lourd pour moi. Envoyez une photo normale du constat prise avec votre téléphone (pas le fichier original en haute résolution).');
  });

  it('handles the first of two tickets in one photo and asks for the second', async () => {
    const chat = await chatWithConsent('en');
    // Two Ontario notices side by side, mildly blurred (how well the OCR counts tickets is measured by npm run eval:intake).
    const { image } = await generateTicketSample({ seed: 5, severity: 1, kind: 'two_tickets', today: '2026-10-20' });
    await chat.upload(image, 'two.jpg', 'image/jpeg').expect(202);
    await t.settle();
    const [summary] = await chat.newReplies();
    expect(summary).toContain('• Jurisdiction: Ontario');
    expect(summary).toContain('I also see another ticket in this photo');
    // What the photo did not show clearly, the driver types; then confirms.
    if (summary.includes('Please type them')) {
      await chat.say('speeding 78 in a 50, it was on October 4').expect(202);
      await t.settle();
      expect((await chat.newReplies())[0]).toContain('Is this right?');
    }
    await chat.say('yes').expect(202);
    await t.settle();
    const replies = await chat.newReplies();
    // Confirmed, the analysis in two messages, the price, then the second ticket.
    expect(replies, JSON.stringify({ summary, replies })).toHaveLength(5);
    expect(replies[3]).toMatch(/^Price to defend your ticket \(case T911-\d{6}\):/);
    expect(replies[4]).toBe('Your photo also showed another ticket. Send a photo of that one alone and I will open a separate case for it.');
  });

  it('treats instructions printed on a ticket as ticket text', async () => {
    const fixture = ticketFixture('injection-qc-speeding-s2-13.jpg');
    const chat = await chatWithConsent('fr');
    await chat.upload(fixture.bytes, 'constat.jpg', 'image/jpeg').expect(202);
    await t.settle();
    const [summary] = await chat.newReplies();
    // The remarks say to set the fine to 0: the fine shown is the one printed (or "not read"), never 0.
    expect(summary).toContain('Voici ce que j’ai lu sur votre constat :');
    expect(summary).not.toMatch(/• Amende : 0,00/);
    expect(summary).not.toMatch(/score/i);
  });
});
