import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPayment } from '../../bot/payments/record-payment.js';
import { createTestDatabase, type TestDatabase } from '../support/create-test-database.js';
import { seedQuotedCase, type SeededQuote } from '../support/seed-quoted-case.js';

const billing = {
  firm: { name: 'Ticket911 Avocats inc.', addressLines: ['1000, rue Sherbrooke Ouest', 'Montréal (Québec) H3A 3G4'], email: 'facturation@example.ca', phone: null, taxRegistrations: [] },
  timeZone: 'America/Montreal',
};

/** On PGlite and, in CI, on the real PostgreSQL (TEST_DATABASE_URL), where the 50 transactions truly run side by side. */
describe('invoice numbers', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('gives 50 concurrent payments the numbers 1 to 50 of the year, no gap and no repeat, and a replayed payment no number', async () => {
    const now = new Date('2026-12-31T22:00:00Z'); // 17:00 in Montreal: still 2026 there
    const quotes: SeededQuote[] = [];
    for (let i = 0; i < 50; i++) quotes.push(await seedQuotedCase({ prisma: db.prisma, now }));
    const pay = (q: (typeof quotes)[number], ref: string) =>
      recordPayment({
        prisma: db.prisma,
        quoteId: q.quoteId,
        method: 'card',
        providerRef: ref,
        amountCents: q.quote.totalCents,
        currency: q.quote.currency,
        receivedAt: now,
        recordedBy: 'stripe',
        billing,
        publicBaseUrl: 'https://bot.example.test',
        now,
      });
    const results = await Promise.all(quotes.map((q, i) => pay(q, `pi_concurrent_${i}`)));
    expect(results.every((r) => r.status === 'recorded')).toBe(true);
    const numbers = (await db.prisma.invoice.findMany({ select: { number: true, year: true, sequence: true } })).sort((a, b) => a.sequence - b.sequence);
    expect(numbers.map((n) => n.sequence)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(numbers.map((n) => n.number)).toEqual(Array.from({ length: 50 }, (_, i) => `2026-${String(i + 1).padStart(6, '0')}`));

    // The same 50 payments reported again, concurrently: all duplicates, no number consumed.
    const replays = await Promise.all(quotes.map((q, i) => pay(q, `pi_concurrent_${i}`)));
    expect(replays.map((r) => r.status)).toEqual(Array(50).fill('duplicate'));
    expect(await db.prisma.invoice.count()).toBe(50);
    expect((await db.prisma.invoiceCounter.findUniqueOrThrow({ where: { year: 2026 } })).lastSequence).toBe(50);
  });

  it('starts a new sequence with the new year in the firm\'s time zone', async () => {
    const q = await seedQuotedCase({ prisma: db.prisma });
    const newYear = new Date('2027-01-01T05:30:00Z'); // 00:30 in Montreal
    const result = await recordPayment({
      prisma: db.prisma,
      quoteId: q.quoteId,
      method: 'interac',
      providerRef: `interac:${q.interacReference}`,
      amountCents: q.quote.totalCents,
      currency: q.quote.currency,
      receivedAt: newYear,
      recordedBy: 'staff:test',
      billing,
      publicBaseUrl: 'https://bot.example.test',
      now: newYear,
    });
    expect(result).toMatchObject({ status: 'recorded', invoiceNumber: '2027-000001' });
  });
});
