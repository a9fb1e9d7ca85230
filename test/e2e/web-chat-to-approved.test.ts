import nock from 'nock';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../pdf/test-support/read-pdf.js';
import { loadPricingGrid } from '../../billing/pricing/load-pricing-grid.js';
import { buildQuote } from '../../billing/quote/build-quote.js';
import { checkoutSessionFixture, stripeEventFixture } from '../../billing/stripe/test-support/checkout-session-fixture.js';
import { signStripeEvent } from '../../billing/stripe/test-support/sign-stripe-event.js';
import { formatMoney } from '../../i18n/format-money.js';
import { ticketSchema } from '../../tickets/ticket-schema.js';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { ticketFixture } from '../support/ticket-fixtures.js';
import { openConsentedWebChat } from '../support/web-chat-driver.js';
import { instantInTimeZone } from '../../tickets/instant-in-time-zone.js';
import { addCalendarDays } from '../../reminders/add-calendar-days.js';
import { fakeSlackWebApi, postSlackPayload, slackButtonClick, type SlackApiCall } from '../support/slack-driver.js';

const SLACK_SECRET = 'slack-signing-secret-end-to-end-01';
const LAWYERS_CHANNEL = 'CQCLAWYERS';

const WEBHOOK_SECRET = 'whsec_end_to_end_secret_0123456789';
const fr = (cents: number) => formatMoney('fr', cents, 'CAD');

/**
 * A driver on the web chat, from the photo of a Quebec ticket to a case a
 * lawyer approved:
 * offline reading and analysis, the quote with GST and QST, the card link,
 * Stripe Checkout (nock: the exact request), a signed checkout.session.completed
 * event, the confirmation in the chat, the receipt emailed through Resend
 * (nock) and the invoice PDF behind its link; then the mandate signed on its
 * page with the code the chat received, the case card posted to the lawyers'
 * Slack channel, a lawyer's signed Approve click, and the final document the
 * chat links to.
 */
describe('end to end: web chat, photo to approved', () => {
  let t: TestApp;
  const clock = createTestClock('2026-10-20T15:00:00Z');

  beforeAll(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1|localhost/);
    t = await createTestApp({
      clock,
      env: {
        STRIPE_SECRET_KEY: 'sk_test_end_to_end',
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        RESEND_API_KEY: 're_test_end_to_end',
        EMAIL_FROM: 'Ticket911 <recus@ticket911.example>',
        INTERAC_EMAIL: 'paiements@ticket911.example',
        GST_NUMBER: '123456789 RT0001',
        QST_NUMBER: '1234567890 TQ0001',
        STAFF_API_TOKEN: 'staff-token-end-to-end-0123456789abcdef',
        SLACK_BOT_TOKEN: 'xoxb-end-to-end',
        SLACK_SIGNING_SECRET: SLACK_SECRET,
        SLACK_CHANNEL_QC: LAWYERS_CHANNEL,
        SLACK_LAWYERS_USERGROUP_ID: 'SLAWYERS',
      },
    });
  });
  afterAll(async () => {
    nock.cleanAll();
    nock.enableNetConnect();
    await t.close();
  });

  it('quotes, takes the card payment, emails the invoice, has the mandate signed and a lawyer approve in Slack', async () => {
    const chat = await openConsentedWebChat({ app: t.app.express, language: 'fr', settle: () => t.settle() });
    await chat.upload(ticketFixture('ticket-qc-speeding-s0-1.jpg').bytes, 'constat.jpg', 'image/jpeg').expect(202);
    await t.settle();
    await chat.newReplies();
    await chat.say('oui').expect(202);
    await t.settle();
    const replies = await chat.newReplies();

    // The price the grid gives this very ticket, with Quebec's two taxes.
    const stored = await t.db.prisma.case.findFirstOrThrow({ where: { conversation: { address: chat.sessionId } } });
    const expected = buildQuote({ grid: await loadPricingGrid(), ticket: ticketSchema.parse(stored.ticket), deadline: { daysLeft: stored.urgent ? 0 : 30, past: false } });
    const quoteText = replies.at(-1)!;
    expect(quoteText).toContain('Prix pour contester votre constat (dossier T911-');
    expect(quoteText).toContain(`Nos honoraires : ${fr(expected.feeCents)}`);
    expect(quoteText).toContain(`TPS (5 %) : ${fr(expected.taxes[0]!.amountCents)}`);
    expect(quoteText).toContain(`TVQ (9,975 %) : ${fr(expected.taxes[1]!.amountCents)}`);
    expect(quoteText).toContain(`Total : ${fr(expected.totalCents)} CAD`);
    expect(quoteText).toContain('Aucun résultat n’est garanti.');
    const payUrl = /Payer par carte : (\S+)/.exec(quoteText)![1]!;
    expect(payUrl).toMatch(/^https:\/\/bot\.example\.test\/pay\/[A-Za-z0-9_-]{22}$/);
    expect(payUrl.length).toBeLessThan(60);
    const reference = /référence dans le message : (T911-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec(quoteText)![1];
    const quote = await t.db.prisma.quote.findFirstOrThrow({ where: { caseId: stored.id } });
    expect(quote).toMatchObject({ totalCents: expected.totalCents, currency: 'CAD', interacReference: reference, status: 'open' });

    // The reminder and the expiry wait in the durable scheduler; a day later the driver gets one reminder.
    const pendingJobs = await t.db.prisma.scheduledJob.findMany({ where: { conversation: { address: chat.sessionId }, status: 'pending' }, orderBy: { runAt: 'asc' } });
    // The plea-deadline reminders wait too: 7 and 2 days before the date to answer, 10:00 in Montréal.
    const respondBy = stored.respondBy!.toISOString().slice(0, 10);
    expect(pendingJobs.filter((j) => (j.event as { type: string }).type === 'CASE.REMINDER').map((j) => [(j.event as { kind: string }).kind, j.runAt.toISOString()])).toEqual([
      ['plea7', instantInTimeZone(addCalendarDays(respondBy, -7), '10:00', 'America/Montreal').toISOString()],
      ['plea2', instantInTimeZone(addCalendarDays(respondBy, -2), '10:00', 'America/Montreal').toISOString()],
    ]);
    const timers = pendingJobs.filter((j) => (j.event as { type: string }).type.startsWith('TIMER.'));
    expect(timers.map((j) => [(j.event as { type: string }).type, j.runAt.getTime() - quote.createdAt.getTime()])).toEqual([
      ['TIMER.PAYMENT_REMINDER', 24 * 3600_000],
      ['TIMER.QUOTE_EXPIRED', 7 * 24 * 3600_000],
    ]);
    clock.advance(24 * 3600_000);
    await t.app.scheduler.runOnce();
    await t.settle();
    const [reminder] = await chat.newReplies();
    expect(reminder).toContain(`Rappel : votre dossier T911-`);
    expect(reminder).toContain(`(${fr(expected.totalCents)} CAD)`);
    expect(reminder).toContain(payUrl);

    await chat.say('marie.tremblay@example.ca').expect(202);
    await t.settle();
    expect(await chat.newReplies()).toEqual(['Merci : votre reçu sera envoyé à cette adresse.']);

    // The link opens a Checkout Session for exactly this quote.
    let checkoutBody: Record<string, string> = {};
    let idempotencyKey = '';
    const sessionId = 'cs_test_e2e_a1b2c3';
    const open = checkoutSessionFixture({ id: sessionId, url: `https://checkout.stripe.com/c/pay/${sessionId}`, status: 'open', payment_status: 'unpaid', payment_intent: null, amount_total: expected.totalCents, metadata: { caseId: stored.id, quoteId: quote.id, caseNumber: 'x' }, expires_at: 1_792_600_000 });
    nock('https://api.stripe.com')
      .post('/v1/checkout/sessions', (body: Record<string, string>) => {
        checkoutBody = body;
        return true;
      })
      .reply(function reply() {
        idempotencyKey = String(this.req.headers['idempotency-key']);
        return [200, open];
      });
    const redirect = await request(t.app.express).get(new URL(payUrl).pathname).expect(303);
    expect(redirect.headers.location).toBe(`https://checkout.stripe.com/c/pay/${sessionId}`);
    expect(idempotencyKey).toBe(`checkout:${quote.id}:2`);
    expect(checkoutBody).toMatchObject({
      mode: 'payment',
      client_reference_id: quote.id,
      'metadata[quoteId]': quote.id,
      'metadata[caseId]': stored.id,
      'line_items[0][price_data][currency]': 'cad',
      'line_items[0][price_data][unit_amount]': String(expected.feeCents),
      'line_items[1][price_data][unit_amount]': String(expected.taxes[0]!.amountCents),
      'line_items[1][price_data][product_data][name]': 'TPS (5 %)',
      'line_items[2][price_data][unit_amount]': String(expected.taxes[1]!.amountCents),
      'line_items[2][price_data][product_data][name]': 'TVQ (9,975 %)',
      customer_email: 'marie.tremblay@example.ca',
      locale: 'fr-CA',
    });
    // The second 23-hour window of the quote (the reminder came a day after it).
    expect(Number(checkoutBody.expires_at)).toBe(Math.floor(quote.createdAt.getTime() / 1000) + 2 * 23 * 3600);
    // A second click reuses the open session: no second request to Stripe.
    expect((await request(t.app.express).get(new URL(payUrl).pathname).expect(303)).headers.location).toBe(`https://checkout.stripe.com/c/pay/${sessionId}`);

    // The receipt leaves as soon as the payment is recorded.
    let email: Record<string, unknown> = {};
    nock('https://api.resend.com')
      .post('/emails', (body: Record<string, unknown>) => {
        email = body;
        return true;
      })
      .reply(200, { id: 'resend-email-e2e' });
    // Stripe tells us it is paid; we re-fetch the session before believing it.
    clock.advance(5 * 60_000);
    const paid = { ...open, status: 'complete', payment_status: 'paid', payment_intent: 'pi_e2e_123', customer_details: { email: 'marie.tremblay@example.ca', name: 'Marie Tremblay' } };
    nock('https://api.stripe.com').get(`/v1/checkout/sessions/${sessionId}`).reply(200, paid);
    const event = stripeEventFixture({ id: 'evt_e2e_completed', type: 'checkout.session.completed', object: paid, created: Math.floor(clock.now().getTime() / 1000) });
    const signed = signStripeEvent({ event, secret: WEBHOOK_SECRET, timestamp: Math.floor(Date.now() / 1000) });
    await request(t.app.express).post('/webhooks/stripe').set('Content-Type', 'application/json').set('Stripe-Signature', signed.signature).send(signed.body).expect(200, { received: true, outcome: 'paid' });

    await t.app.scheduler.runOnce();
    await t.settle();
    const [confirmation, mandate] = await chat.newReplies();
    // Paid: the mandate to sign follows at once (test/signing and test/browser follow it to signed).
    expect(mandate).toMatch(/^Dernière étape avant qu’un avocat prenne votre dossier\u00a0: signer le mandat .* Ouvrez https:\/\/bot\.example\.test\/sign\/[A-Za-z0-9_-]{22},/);
    const invoice = await t.db.prisma.invoice.findFirstOrThrow({ where: { caseId: stored.id } });
    expect(confirmation).toContain(`Paiement reçu : ${fr(expected.totalCents)} CAD pour le dossier T911-`);
    expect(confirmation).toContain(`Votre reçu ${invoice.number} : https://bot.example.test/invoices/${invoice.accessToken}`);

    await t.app.emailOutbox.runOnce();
    expect(email).toMatchObject({ from: 'Ticket911 <recus@ticket911.example>', to: ['marie.tremblay@example.ca'] });
    expect(String(email.subject)).toContain(invoice.number);
    const [attachment] = email.attachments as { filename: string; content: string }[];
    expect(attachment!.filename).toBe(`facture-${invoice.number}.pdf`);
    const emailed = (await readPdf(Buffer.from(attachment!.content, 'base64'))).text;
    expect(emailed).toContain(invoice.number);
    expect(emailed).toContain('Marie Tremblay');
    expect(emailed).toContain('123456789 RT0001');
    expect(await t.db.prisma.outboundEmail.findFirstOrThrow({ where: { invoiceId: invoice.id } })).toMatchObject({ status: 'sent', providerId: 'resend-email-e2e' });
    // Paid: the quote's timers are cancelled (it never lapses); what waits now is the mandate's reminder and expiry.
    const pending = await t.db.prisma.scheduledJob.findMany({ where: { conversation: { address: chat.sessionId }, status: 'pending' } });
    expect(pending.map((job) => (job.event as { type: string }).type).sort()).toEqual(['CASE.REMINDER', 'CASE.REMINDER', 'TIMER.MANDATE_EXPIRED', 'TIMER.MANDATE_REMINDER']);

    const pdf = await request(t.app.express).get(`/invoices/${invoice.accessToken}`).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    const text = (await readPdf(pdf.body as Buffer)).text;
    // readPdf reads no-break spaces as spaces.
    expect(text).toContain(fr(expected.totalCents).replace(/[\u00a0\u202f]/g, ' '));
    expect(text).toContain('TVQ');

    await chat.say('et maintenant?').expect(202);
    await t.settle();
    expect((await chat.newReplies())[0]).toMatch(/^Votre mandat attend votre signature\u00a0: https:\/\/bot\.example\.test\/sign\//);
    expect((await t.db.prisma.case.findUniqueOrThrow({ where: { id: stored.id } })).status).toBe('paid');
    expect(nock.pendingMocks()).toEqual([]);

    // The mandate, signed on its page: the code comes in the chat, a typed name signs.
    const signPath = new URL(/(https:\/\/bot\.example\.test\/sign\/\S+?),/.exec(mandate!)![1]!).pathname;
    const form = (step: string, body: Record<string, string>) => request(t.app.express).post(`${signPath}/${step}`).type('form').send(body);
    await request(t.app.express).get(signPath).expect(200);
    await form('code', { to: 'chat' }).expect(303);
    await t.settle();
    const code = /\b(\d{6})\b/.exec((await chat.newReplies()).join('\n'))![1]!;
    await form('verify', { code }).expect(303);
    // Slack's Web API, as nock answers it: the card goes to the lawyers' channel once signed.
    const slackCalls: SlackApiCall[] = [];
    fakeSlackWebApi({ calls: slackCalls, lawyers: ['ULAWYER1'], channel: LAWYERS_CHANNEL });
    nock('https://api.resend.com').post('/emails').reply(200, { id: 'resend-signed-mandate-e2e' });
    await form('sign', { method: 'typed', typedName: 'Marie Tremblay', consent: 'yes' }).expect(200);
    await t.app.scheduler.runOnce();
    await t.settle();
    await t.app.emailOutbox.runOnce();
    expect((await chat.newReplies()).join('\n')).toMatch(/https:\/\/bot\.example\.test\/signed\//);

    // Signed: the case card is in the lawyers' channel; a lawyer approves it.
    await t.app.slackOutbox.runOnce();
    const card = slackCalls.find((call) => call.method === 'chat.postMessage')!;
    expect(card.body.channel).toBe(LAWYERS_CHANNEL);
    expect(`${card.body.blocks}${card.body.attachments}`).toContain('Marie');
    const review = await t.db.prisma.lawyerReview.findUniqueOrThrow({ where: { caseId: stored.id } });
    await postSlackPayload({ app: t.app.express, secret: SLACK_SECRET, payload: slackButtonClick({ actionId: 'review_approve', value: review.id, user: 'ULAWYER1', channel: LAWYERS_CHANNEL }) }).expect(200);
    for (let i = 0; i < 500 && !slackCalls.some((call) => call.method === 'chat.update'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(slackCalls.map((call) => call.method)).toEqual(['chat.postMessage', 'usergroups.users.list', 'chat.update']);
    await t.app.scheduler.runOnce();
    await t.settle();
    const [approved] = await chat.newReplies();
    expect(approved).toContain('T911-');
    const documentPath = new URL(/(https:\/\/bot\.example\.test\/documents\/[A-Za-z0-9_-]{22})/.exec(approved!)![1]!).pathname;
    const finalDocument = await request(t.app.express).get(documentPath).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect((await readPdf(finalDocument.body as Buffer)).text).toContain('version 1');
    expect((await t.db.prisma.case.findUniqueOrThrow({ where: { id: stored.id } })).status).toBe('approved');
    // A lawyer has the plea in hand: the driver is no longer reminded to answer the ticket.
    const reminders = await t.db.prisma.scheduledJob.findMany({ where: { conversation: { address: chat.sessionId }, event: { path: ['type'], equals: 'CASE.REMINDER' } } });
    expect(reminders.map((job) => job.status)).toEqual(['cancelled', 'cancelled']);
  });
});
