import { randomUUID } from 'node:crypto';
import { loadPricingGrid } from '../../billing/pricing/load-pricing-grid.js';
import { buildQuote } from '../../billing/quote/build-quote.js';
import type { PriceQuote } from '../../billing/quote/price-quote.js';
import type { PrismaClient } from '../../prisma/generated/client.js';
import { QC_SPEEDING_TICKET } from '../../tickets/test-support/ticket-outcomes.js';
import type { Ticket } from '../../tickets/ticket-schema.js';

export interface SeededQuote {
  clientId: string;
  conversationId: string;
  caseId: string;
  caseNumber: number;
  quoteId: string;
  payToken: string;
  interacReference: string | null;
  quote: PriceQuote;
}

/**
 * A client, a web conversation, an analysed case and an open quote priced
 * from the bundled grid, as the chat leaves them: what payment tests start from.
 */
export async function seedQuotedCase({
  prisma,
  ticket = QC_SPEEDING_TICKET,
  language = 'fr',
  email = null,
  now = new Date('2026-11-21T15:00:00Z'),
  validDays = 7,
}: { prisma: PrismaClient; ticket?: Ticket; language?: string; email?: string | null; now?: Date; validDays?: number }): Promise<SeededQuote> {
  const quote = buildQuote({ grid: await loadPricingGrid(), ticket, deadline: { daysLeft: null, past: false } });
  const client = await prisma.client.create({ data: { language, email } });
  const conversation = await prisma.conversation.create({ data: { channel: 'web', address: `web-${randomUUID()}`, clientId: client.id, consent: 'granted', language } });
  const theCase = await prisma.case.create({ data: { clientId: client.id, conversationId: conversation.id, status: 'analysed', jurisdiction: ticket.jurisdiction, ticket } });
  const payToken = randomUUID().replaceAll('-', '');
  const interacReference = quote.currency === 'CAD' ? `T911-${payToken.slice(0, 4).toUpperCase()}-${payToken.slice(4, 8).toUpperCase()}` : null;
  const row = await prisma.quote.create({
    data: {
      caseId: theCase.id,
      currency: quote.currency,
      feeCents: quote.feeCents,
      feeLines: quote.feeLines as object[],
      taxes: quote.taxes as object[],
      totalCents: quote.totalCents,
      taxRegion: quote.taxRegion,
      pricingVersion: quote.pricingVersion,
      payToken,
      interacReference,
      expiresAt: new Date(now.getTime() + validDays * 86_400_000),
      createdAt: now,
    },
  });
  return { clientId: client.id, conversationId: conversation.id, caseId: theCase.id, caseNumber: theCase.number, quoteId: row.id, payToken, interacReference, quote };
}
