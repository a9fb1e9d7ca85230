import type { InvoiceDocument } from '../../billing/invoices/invoice-document.js';
import type { PaymentNotice } from '../../billing/quote/quote-offer.js';
import type { Currency, FeeLine, TaxLine } from '../../billing/quote/price-quote.js';
import { isLanguage } from '../../i18n/languages.js';
import { describeOffence } from '../../tickets/offences/describe-offence.js';
import { ticketSchema } from '../../tickets/ticket-schema.js';
import { todayInTimeZone } from '../../tickets/today-in-time-zone.js';
import { Prisma, type PrismaClient } from '../../prisma/generated/client.js';
import { allocateInvoiceNumber } from '../db/allocate-invoice-number.js';
import { formatCaseNumber } from '../runtime/format-case-number.js';
import { scheduleConversationEvent } from '../runtime/schedule-conversation-event.js';
import type { BillingSettings } from './billing-settings.js';
import { createLinkToken } from './random-tokens.js';

export interface RecordPaymentOptions {
  prisma: PrismaClient;
  quoteId: string;
  method: 'card' | 'interac';
  /** Stripe PaymentIntent id, or "interac:<reference>": the same payment reported twice is recorded once. */
  providerRef: string;
  checkoutSessionId?: string | null;
  amountCents: number;
  currency: string;
  receivedAt: Date;
  /** "stripe", or the staff actor. */
  recordedBy: string;
  /** What the payer told the provider (Stripe Checkout asks for an email and a name). */
  payer?: { email: string | null; name: string | null };
  billing: BillingSettings;
  publicBaseUrl: string;
  now: Date;
}

export type RecordPaymentResult =
  | { status: 'recorded'; paymentId: string; invoiceId: string; invoiceNumber: string }
  | { status: 'duplicate'; paymentId: string }
  /** Amount or currency not the quote's, or the quote was already paid: a person looks, the driver is not told it is paid. */
  | { status: 'flagged'; paymentId: string; reason: 'amount_mismatch' | 'paid_twice' }
  | { status: 'unknown_quote' };

/**
 * Payments of one process enter their transaction a few at a time. Each
 * waits on the year's InvoiceCounter row lock while holding a pooled
 * connection, so a burst (50 webhooks at once) would otherwise take every
 * connection and time out the rest; across processes the row lock orders them.
 */
const MAX_CONCURRENT_PAYMENTS = 2;
let running = 0;
const waiting: (() => void)[] = [];
async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_PAYMENTS) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

const yearIn = (date: Date, timeZone: string) => Number(todayInTimeZone(date, timeZone).slice(0, 4));

/**
 * Records money received for a quote, in one transaction: the payment, the
 * quote and case marked paid, the invoice with the year's next number, the
 * receipt email queued, and PAYMENT.RECEIVED scheduled for the conversation
 * (delivered by the worker like any event). Idempotent on providerRef.
 */
export async function recordPayment(options: RecordPaymentOptions): Promise<RecordPaymentResult> {
  try {
    return await inTurn(() => options.prisma.$transaction((tx) => recordInTransaction(tx, options), { maxWait: 20_000, timeout: 30_000 }));
  } catch (error) {
    // Two deliveries of one payment raced: the other transaction recorded it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const existing = await options.prisma.payment.findUnique({ where: { providerRef: options.providerRef }, select: { id: true } });
      if (existing) return { status: 'duplicate', paymentId: existing.id };
    }
    throw error;
  }
}

async function recordInTransaction(tx: Prisma.TransactionClient, options: RecordPaymentOptions): Promise<RecordPaymentResult> {
  const { quoteId, providerRef, amountCents, currency, now, billing } = options;
  const existing = await tx.payment.findUnique({ where: { providerRef }, select: { id: true } });
  if (existing) return { status: 'duplicate', paymentId: existing.id };
  const quote = await tx.quote.findUnique({ where: { id: quoteId }, include: { case: { include: { client: true } } } });
  if (!quote) return { status: 'unknown_quote' };
  const theCase = quote.case;
  const audit = (action: string, details: Prisma.InputJsonValue) =>
    tx.auditLog.create({ data: { actor: options.recordedBy, action, caseId: theCase.id, clientId: theCase.clientId, conversationId: theCase.conversationId, details, at: now } });

  const reason = currency !== quote.currency || amountCents !== quote.totalCents ? 'amount_mismatch' : quote.status === 'paid' ? 'paid_twice' : null;
  const payment = await tx.payment.create({
    data: {
      caseId: theCase.id,
      quoteId,
      method: options.method,
      providerRef,
      checkoutSessionId: options.checkoutSessionId ?? null,
      amountCents,
      currency,
      status: reason ? 'flagged' : 'succeeded',
      receivedAt: options.receivedAt,
      recordedBy: options.recordedBy,
    },
  });
  if (reason) {
    await tx.case.update({ where: { id: theCase.id }, data: { flaggedAt: now, flagReason: reason === 'amount_mismatch' ? 'payment_amount_mismatch' : 'payment_paid_twice' } });
    await audit('payment.flagged', { reason, method: options.method, amountCents, currency, expectedCents: quote.totalCents, expectedCurrency: quote.currency });
    return { status: 'flagged', paymentId: payment.id, reason };
  }

  await tx.quote.update({ where: { id: quoteId }, data: { status: 'paid', paidAt: now } });
  await tx.case.update({ where: { id: theCase.id }, data: { status: 'paid' } });
  const client = theCase.client;
  const email = client.email ?? options.payer?.email?.toLowerCase() ?? null;
  if (email && !client.email) await tx.client.update({ where: { id: client.id }, data: { email } });

  const year = yearIn(now, billing.timeZone);
  const { sequence, number } = await allocateInvoiceNumber({ tx, year });
  const language = isLanguage(client.language) ? client.language : 'fr';
  const caseNumber = formatCaseNumber(theCase.number);
  const document: InvoiceDocument = {
    number,
    issuedAt: now.toISOString(),
    timeZone: billing.timeZone,
    language,
    firm: billing.firm,
    client: { name: options.payer?.name ?? client.firstName ?? null, email },
    caseNumber,
    ticketDescription: describeTicket(theCase.ticket, language),
    currency: quote.currency as Currency,
    feeLines: quote.feeLines as unknown as FeeLine[],
    feeCents: quote.feeCents,
    taxes: quote.taxes as unknown as TaxLine[],
    totalCents: quote.totalCents,
    payment: { method: options.method, reference: providerRef.replace(/^interac:/, ''), paidAt: options.receivedAt.toISOString() },
  };
  const accessToken = createLinkToken();
  const invoice = await tx.invoice.create({
    data: { number, year, sequence, paymentId: payment.id, caseId: theCase.id, document: document as unknown as Prisma.InputJsonValue, accessToken, issuedAt: now },
  });
  const invoiceUrl = `${options.publicBaseUrl}/invoices/${accessToken}`;
  if (email) {
    await tx.outboundEmail.create({ data: { clientId: client.id, caseId: theCase.id, to: email, template: 'receipt', language, invoiceId: invoice.id, nextAttemptAt: now } });
  }
  if (theCase.conversationId) {
    const notice: PaymentNotice = { caseId: theCase.id, quoteId, method: options.method, amountCents, currency: quote.currency as Currency, invoiceNumber: number, invoiceUrl, caseNumber };
    await scheduleConversationEvent({ tx, conversationId: theCase.conversationId, event: { type: 'PAYMENT.RECEIVED', ...notice }, runAt: now, id: `payment:${payment.id}` });
  }
  await audit('payment.received', { method: options.method, amountCents, currency, invoiceNumber: number });
  return { status: 'recorded', paymentId: payment.id, invoiceId: invoice.id, invoiceNumber: number };
}

/** "Excès de vitesse — Code de la sécurité routière, art. 328", from the case's ticket. */
function describeTicket(stored: unknown, language: 'fr' | 'en' | 'es'): string {
  const ticket = ticketSchema.safeParse(stored);
  if (!ticket.success) return '—';
  const { title, statuteName, sectionLabel } = describeOffence({ jurisdiction: ticket.data.jurisdiction, category: ticket.data.offenceCategory, section: ticket.data.section, language });
  return `${title} — ${statuteName}${sectionLabel ? `, ${sectionLabel}` : ''}`;
}
