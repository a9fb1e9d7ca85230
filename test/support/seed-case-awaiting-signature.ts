import { readFileSync } from 'node:fs';
import path from 'node:path';
import { recordPayment } from '../../bot/payments/record-payment.js';
import type { TestApp } from './create-test-app.js';
import { seedQuotedCase, type SeededQuote } from './seed-quoted-case.js';

const V4_AWAITING_PAYMENT = path.resolve(import.meta.dirname, '../../flows/conversation/snapshots/v4-awaiting-payment.json');

export interface CaseAwaitingSignature extends SeededQuote {
  /** The signing link's secret, as sent in the chat. */
  token: string;
  /** What the chat said, oldest first. */
  transcript: () => Promise<string[]>;
}

/**
 * A web conversation waiting for its payment (a stored v4 snapshot around a
 * seeded quote), paid by e-Transfer as staff would record it; the scheduler
 * and the worker then run the real turn that prepares the mandate and sends
 * the signing link. What the signing tests start from.
 */
export async function seedCaseAwaitingSignature({ t, language = 'fr', email = null, firstName = 'Zoé' }: { t: TestApp; language?: 'fr' | 'en' | 'es'; email?: string | null; firstName?: string }): Promise<CaseAwaitingSignature> {
  const { prisma } = t.db;
  const seeded = await seedQuotedCase({ prisma, language, email, now: t.clock.now() });
  await prisma.client.update({ where: { id: seeded.clientId }, data: { firstName } });
  const snapshot = JSON.parse(readFileSync(V4_AWAITING_PAYMENT, 'utf8')) as { context: Record<string, unknown> & { quote: Record<string, unknown> } };
  snapshot.context = { ...snapshot.context, caseId: seeded.caseId, language, languageChosen: true, channel: 'web', quote: { ...snapshot.context.quote, quoteId: seeded.quoteId, caseId: seeded.caseId } };
  await prisma.conversation.update({ where: { id: seeded.conversationId }, data: { snapshot: snapshot as object, machineVersion: 4 } });
  await recordPayment({
    prisma,
    quoteId: seeded.quoteId,
    method: 'interac',
    providerRef: `interac:${seeded.interacReference}`,
    amountCents: seeded.quote.totalCents,
    currency: seeded.quote.currency,
    receivedAt: t.clock.now(),
    recordedBy: 'staff:test',
    billing: { firm: t.config.billing.firm, timeZone: t.config.billing.timeZone },
    publicBaseUrl: t.config.server.publicBaseUrl,
    now: t.clock.now(),
  });
  await t.app.scheduler.runOnce();
  await t.settle();
  const transcript = async () =>
    (await prisma.message.findMany({ where: { conversationId: seeded.conversationId, direction: 'out' }, orderBy: { seq: 'asc' } })).map((m) => m.body ?? '');
  const link = (await transcript()).map((text) => /\/sign\/([A-Za-z0-9_-]{16,64})/.exec(text)).find(Boolean);
  if (!link) throw new Error(`no signing link in the chat: ${JSON.stringify(await transcript())}`);
  return { ...seeded, token: link[1]!, transcript };
}
