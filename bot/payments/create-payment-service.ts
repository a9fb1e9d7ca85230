import type Stripe from 'stripe';
import type { InvoiceDocument } from '../../billing/invoices/invoice-document.js';
import { renderInvoicePdf } from '../../billing/invoices/render-invoice-pdf.js';
import { writeQuickBooksCsv } from '../../billing/exports/write-quickbooks-csv.js';
import type { StripeGateway } from '../../billing/stripe/stripe-gateway.js';
import type { PrismaClient } from '../../prisma/generated/client.js';
import type { Logger } from '../logging/create-logger.js';
import type { BillingSettings } from './billing-settings.js';
import { openCheckoutSession, type OpenCheckoutSessionResult } from './open-checkout-session.js';
import { applyCheckoutSession, processStripeEvent, type StripeEventOutcome } from './process-stripe-event.js';
import { recordPayment, type RecordPaymentResult } from './record-payment.js';
import { startOfDayInZone } from './start-of-day-in-zone.js';
import { formatCalendarDate } from '../../tickets/deadlines/format-calendar-date.js';
import { parseCalendarDate } from '../../tickets/deadlines/parse-calendar-date.js';

export interface PaymentServiceOptions {
  prisma: PrismaClient;
  /** Absent when Stripe is off: no card link, no webhook. */
  gateway?: StripeGateway;
  billing: BillingSettings;
  publicBaseUrl: string;
  logger: Logger;
  now: () => Date;
  /** Something fell due (a PAYMENT.* event for a conversation, a receipt email): wake the scheduler and the email outbox. */
  onRecorded: () => void;
}

export type InteracPaymentResult =
  | Extract<RecordPaymentResult, { status: 'recorded' | 'duplicate' }>
  | { status: 'case_not_found' }
  | { status: 'no_such_reference' }
  | { status: 'amount_mismatch'; expectedCents: number; currency: string }
  | { status: 'already_paid' };

export interface PaymentService {
  readonly cardPayments: boolean;
  acceptStripeEvent(event: Stripe.Event): Promise<StripeEventOutcome>;
  /** Behind /pay/:token. */
  openPayLink(payToken: string): Promise<OpenCheckoutSessionResult>;
  /** Behind the success page: the session as Stripe reports it, so a missed webhook does not leave the driver waiting. */
  confirmCheckoutReturn(payToken: string, sessionId: string): Promise<StripeEventOutcome | 'not_found'>;
  recordInteracPayment(options: { caseId: string; reference: string; amountCents: number; receivedAt?: Date; payerName?: string; actor: string }): Promise<InteracPaymentResult>;
  /** The invoice PDF behind its link; null when the token is unknown. */
  readInvoicePdf(accessToken: string): Promise<{ number: string; pdf: Uint8Array } | null>;
  /** Invoices issued from `from` to `to` (YYYY-MM-DD, both days included, in the billing time zone). */
  exportQuickBooks(range: { from: string; to: string }): Promise<{ csv: string; invoices: number }>;
}

/** Quotes, payments and invoices as the HTTP routes and the staff API see them. */
export function createPaymentService(options: PaymentServiceOptions): PaymentService {
  const { prisma, gateway, billing, publicBaseUrl, logger, now } = options;
  const shared = { prisma, billing, publicBaseUrl, logger };
  // These outcomes wrote a due ScheduledJob (and, once paid, a receipt): the poller finds them at once.
  const DUE_WORK = new Set<string>(['recorded', 'paid', 'processing', 'failed']);
  const notify = <T extends string>(outcome: T): T => {
    if (DUE_WORK.has(outcome)) options.onRecorded();
    return outcome;
  };

  return {
    cardPayments: Boolean(gateway),
    async acceptStripeEvent(event) {
      if (!gateway) throw new Error('Stripe is off');
      return notify(await processStripeEvent({ ...shared, gateway, event, now: now() }));
    },
    async openPayLink(payToken) {
      if (!gateway) return { kind: 'not_found' };
      return openCheckoutSession({ prisma, gateway, payToken, publicBaseUrl, now: now() });
    },
    async confirmCheckoutReturn(payToken, sessionId) {
      if (!gateway) return 'not_found';
      const quote = await prisma.quote.findUnique({ where: { payToken }, select: { id: true } });
      if (!quote) return 'not_found';
      const session = await gateway.retrieveCheckoutSession(sessionId);
      // A session id from the URL is only trusted when Stripe says it belongs to this quote.
      if (session.metadata.quoteId !== quote.id) return 'not_found';
      return notify(await applyCheckoutSession({ ...shared, gateway, session, now: now() }));
    },
    async recordInteracPayment({ caseId, reference, amountCents, receivedAt, payerName, actor }) {
      const theCase = await prisma.case.findUnique({ where: { id: caseId }, select: { id: true } });
      if (!theCase) return { status: 'case_not_found' };
      const normalised = reference.trim().toUpperCase();
      const quote = await prisma.quote.findFirst({ where: { caseId, interacReference: normalised } });
      if (!quote) return { status: 'no_such_reference' };
      // A typo in the amount must not issue an invoice: staff check the transfer and try again.
      if (amountCents !== quote.totalCents) return { status: 'amount_mismatch', expectedCents: quote.totalCents, currency: quote.currency };
      const result = await recordPayment({
        ...shared,
        quoteId: quote.id,
        method: 'interac',
        providerRef: `interac:${normalised}`,
        amountCents,
        currency: quote.currency,
        receivedAt: receivedAt ?? now(),
        recordedBy: actor,
        payer: { email: null, name: payerName ?? null },
        now: now(),
      });
      notify(result.status);
      if (result.status === 'flagged') return { status: 'already_paid' };
      if (result.status === 'unknown_quote') return { status: 'no_such_reference' };
      return result;
    },
    async readInvoicePdf(accessToken) {
      const invoice = await prisma.invoice.findUnique({ where: { accessToken } });
      if (!invoice) return null;
      return { number: invoice.number, pdf: await renderInvoicePdf({ invoice: invoice.document as unknown as InvoiceDocument }) };
    },
    async exportQuickBooks({ from, to }) {
      const start = startOfDayInZone(from, billing.timeZone);
      const end = startOfDayInZone(formatCalendarDate(parseCalendarDate(to)! + 1), billing.timeZone);
      const invoices = await prisma.invoice.findMany({ where: { issuedAt: { gte: start, lt: end } }, orderBy: [{ year: 'asc' }, { sequence: 'asc' }] });
      return { csv: writeQuickBooksCsv({ invoices: invoices.map((i) => i.document as unknown as InvoiceDocument) }), invoices: invoices.length };
    },
  };
}
