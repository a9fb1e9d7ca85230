import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPayment } from '../../bot/payments/record-payment.js';
import { createLogger } from '../../bot/logging/create-logger.js';
import { createEmailOutbox } from '../../bot/runtime/create-email-outbox.js';
import { type EmailSender, type OutboundEmail, SendError } from '../../bot/runtime/ports.js';
import { createTestClock } from '../support/create-test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/create-test-database.js';
import { seedQuotedCase } from '../support/seed-quoted-case.js';

const billing = {
  firm: { name: 'Ticket911 Avocats inc.', addressLines: ['Montréal'], email: 'facturation@example.ca', phone: null, taxRegistrations: [] },
  timeZone: 'America/Montreal',
};

/** A provider that answers what the test scripts, and keeps what it was given. */
function scriptedSender(answers: (Error | string)[]): EmailSender & { sent: OutboundEmail[] } {
  const sent: OutboundEmail[] = [];
  return {
    provider: 'scripted',
    sent,
    async send(email) {
      sent.push(email);
      const next = answers.shift() ?? 'ok';
      if (next instanceof Error) throw next;
      return { providerId: `prov-${sent.length}` };
    },
  };
}

describe('email outbox (receipts)', () => {
  let db: TestDatabase;
  const clock = createTestClock('2026-11-21T15:00:00Z');
  const logger = createLogger({ level: 'silent' });
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  async function paidWithEmail(email: string) {
    const seeded = await seedQuotedCase({ prisma: db.prisma, email, now: clock.now() });
    const result = await recordPayment({
      prisma: db.prisma,
      quoteId: seeded.quoteId,
      method: 'card',
      providerRef: `pi_${seeded.quoteId}`,
      amountCents: seeded.quote.totalCents,
      currency: 'CAD',
      receivedAt: clock.now(),
      recordedBy: 'stripe',
      billing,
      publicBaseUrl: 'https://bot.example.test',
      now: clock.now(),
    });
    return db.prisma.outboundEmail.findFirstOrThrow({ where: { caseId: seeded.caseId, invoiceId: result.status === 'recorded' ? result.invoiceId : '' } });
  }

  it('sends the receipt with its invoice PDF, retries a retryable failure after the provider\'s Retry-After, with the same id each time', async () => {
    const row = await paidWithEmail('client1@example.ca');
    const sender = scriptedSender([new SendError('rate limited', { retryable: true, retryAfterMs: 60_000, code: 'rate_limit_exceeded' }), 'ok']);
    const outbox = createEmailOutbox({ prisma: db.prisma, sender, publicBaseUrl: 'https://bot.example.test', logger, now: clock.now });
    await outbox.runOnce();
    expect(await db.prisma.outboundEmail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'pending', attempts: 1, lastError: 'rate_limit_exceeded' });
    await outbox.runOnce();
    expect(sender.sent).toHaveLength(1);
    clock.advance(60_000);
    await outbox.runOnce();
    expect(sender.sent.map((e) => e.id)).toEqual([row.id, row.id]);
    const [email] = sender.sent;
    expect(email!.to).toBe('client1@example.ca');
    expect(email!.attachments[0]!.contentType).toBe('application/pdf');
    expect(email!.attachments[0]!.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await db.prisma.outboundEmail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'sent', providerId: 'prov-2', attempts: 2 });
  });

  it('gives up at once on a permanent refusal, and marks receipts "off" when no provider is configured', async () => {
    const refused = await paidWithEmail('client2@example.ca');
    const sender = scriptedSender([new SendError('invalid', { retryable: false, code: 'validation_error' })]);
    await createEmailOutbox({ prisma: db.prisma, sender, publicBaseUrl: 'https://bot.example.test', logger, now: clock.now }).runOnce();
    expect(await db.prisma.outboundEmail.findUniqueOrThrow({ where: { id: refused.id } })).toMatchObject({ status: 'dead', lastError: 'validation_error' });

    const unsent = await paidWithEmail('client3@example.ca');
    await createEmailOutbox({ prisma: db.prisma, publicBaseUrl: 'https://bot.example.test', logger, now: clock.now }).runOnce();
    expect(await db.prisma.outboundEmail.findUniqueOrThrow({ where: { id: unsent.id } })).toMatchObject({ status: 'off', lastError: 'email_off' });
  });

  it('takes over a send whose lease ran out (a crash mid-send), with the same idempotency id', async () => {
    const row = await paidWithEmail('client4@example.ca');
    await db.prisma.outboundEmail.update({ where: { id: row.id }, data: { status: 'sending', attempts: 1, lockedUntil: new Date(clock.now().getTime() - 1) } });
    const sender = scriptedSender(['ok']);
    await createEmailOutbox({ prisma: db.prisma, sender, publicBaseUrl: 'https://bot.example.test', logger, now: clock.now }).runOnce();
    expect(sender.sent.map((e) => e.id)).toEqual([row.id]);
    expect(await db.prisma.outboundEmail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'sent', attempts: 2 });
  });
});
