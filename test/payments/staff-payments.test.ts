import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { seedQuotedCase } from '../support/seed-quoted-case.js';
import { recordPayment } from '../../bot/payments/record-payment.js';
import { QC_SPEEDING_TICKET } from '../../tickets/test-support/ticket-outcomes.js';
import type { Ticket } from '../../tickets/ticket-schema.js';

const NY_SPEEDING_TICKET: Ticket = {
  ...QC_SPEEDING_TICKET,
  jurisdiction: 'NY',
  statute: 'VTL',
  section: '1180(d)',
  currency: 'USD',
  speed: { recorded: 45, limit: 30, unit: 'mph' },
  location: 'Queens Blvd, Queens, NY',
};

const TOKEN = 'staff-token-for-payments-0123456789abcdef';

describe('staff: Interac e-Transfers and the QuickBooks export', () => {
  let t: TestApp;
  const auth = { authorization: `Bearer ${TOKEN}` };

  beforeAll(async () => {
    t = await createTestApp({ clock: createTestClock('2026-11-21T15:00:00Z'), env: { STAFF_API_TOKEN: TOKEN, INTERAC_EMAIL: 'paiements@example.ca', GST_NUMBER: '123456789 RT0001', QST_NUMBER: '1234567890 TQ0001' } });
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (caseId: string, body: unknown) => request(t.app.express).post(`/api/v1/cases/${caseId}/payments`).set(auth).send(body as object);

  it('records an e-Transfer against its reference and amount, then the chat continues as after a card payment', async () => {
    const seeded = await seedQuotedCase({ prisma: t.db.prisma, now: t.clock.now() });
    const body = { method: 'interac', reference: seeded.interacReference!.toLowerCase(), amountCents: seeded.quote.totalCents, payerName: 'Marie Tremblay' };

    await request(t.app.express).post(`/api/v1/cases/${seeded.caseId}/payments`).send(body).expect(401);
    expect((await post(seeded.caseId, { ...body, amountCents: 12.5 }).expect(400)).body.error.code).toBe('invalid_request');
    expect((await post('no-such-case', body).expect(404)).body.error.code).toBe('not_found');
    expect((await post(seeded.caseId, { ...body, reference: 'T911-0000-0000' }).expect(422)).body.error.code).toBe('unknown_reference');
    const wrong = await post(seeded.caseId, { ...body, amountCents: seeded.quote.totalCents + 100 }).expect(422);
    expect(wrong.body.error).toEqual({ code: 'amount_mismatch', message: `The quote's total is ${seeded.quote.totalCents} cents CAD; nothing was recorded` });
    expect(await t.db.prisma.payment.count({ where: { caseId: seeded.caseId } })).toBe(0);

    const recorded = await post(seeded.caseId, body).expect(201);
    expect(recorded.body).toMatchObject({ status: 'recorded', invoiceNumber: expect.stringMatching(/^2026-\d{6}$/) });
    expect((await post(seeded.caseId, body).expect(200)).body).toEqual({ paymentId: recorded.body.paymentId, status: 'already_recorded' });

    const [job] = await t.db.prisma.scheduledJob.findMany({ where: { conversationId: seeded.conversationId } });
    expect(job!.event).toMatchObject({ type: 'PAYMENT.RECEIVED', method: 'interac', invoiceNumber: recorded.body.invoiceNumber });
    const audit = await t.db.prisma.auditLog.findFirstOrThrow({ where: { caseId: seeded.caseId, action: 'payment.received' } });
    expect(audit.actor).toBe('service');

    const view = await request(t.app.express).get(`/api/v1/cases/${seeded.caseId}`).set(auth).expect(200);
    expect(view.body.status).toBe('paid');
    expect(view.body.quotes[0]).toMatchObject({ status: 'paid', totalCents: seeded.quote.totalCents, interacReference: seeded.interacReference });
    expect(view.body.payments[0]).toMatchObject({ method: 'interac', status: 'succeeded', invoiceNumber: recorded.body.invoiceNumber });
    const pdf = await request(t.app.express).get(new URL(view.body.payments[0].invoiceUrl).pathname).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('exports the period\'s invoices as a QuickBooks CSV that parses back to the same cents', async () => {
    const ny = await seedQuotedCase({ prisma: t.db.prisma, ticket: NY_SPEEDING_TICKET, language: 'en', now: t.clock.now() });
    // New York has no Interac: paid by card.
    await recordPayment({
      prisma: t.db.prisma,
      quoteId: ny.quoteId,
      method: 'card',
      providerRef: 'pi_export_ny',
      amountCents: ny.quote.totalCents,
      currency: 'USD',
      receivedAt: t.clock.now(),
      recordedBy: 'stripe',
      billing: { firm: t.config.billing.firm, timeZone: t.config.billing.timeZone },
      publicBaseUrl: t.config.server.publicBaseUrl,
      now: t.clock.now(),
    });

    await request(t.app.express).get('/api/v1/exports/quickbooks.csv').query({ from: '2026-11-30', to: '2026-11-01' }).set(auth).expect(400);
    const res = await request(t.app.express).get('/api/v1/exports/quickbooks.csv').query({ from: '2026-11-01', to: '2026-11-30' }).set(auth).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = parse(res.text, { bom: true, columns: true }) as Record<string, string>[];
    const invoices = await t.db.prisma.invoice.findMany({ orderBy: { sequence: 'asc' } });
    expect(rows.map((r) => r.InvoiceNo)).toEqual(invoices.map((i) => i.number));
    const nyRow = rows.find((r) => r.Currency === 'USD')!;
    expect(nyRow.ItemAmount).toBe(`${Math.trunc(ny.quote.feeCents / 100)}.${String(ny.quote.feeCents % 100).padStart(2, '0')}`);
    expect(ny.quote.taxes).toEqual([]);
    const empty = await request(t.app.express).get('/api/v1/exports/quickbooks.csv').query({ from: '2026-12-01', to: '2026-12-31' }).set(auth).expect(200);
    expect(parse(empty.text, { bom: true, columns: true })).toEqual([]);
  });
});
