import type { Currency, FeeLine, TaxLine } from '../../billing/quote/price-quote.js';
import type { CheckoutLineItem, StripeGateway } from '../../billing/stripe/stripe-gateway.js';
import { isLanguage, type Language } from '../../i18n/languages.js';
import { describeTaxLine } from '../../i18n/describe-tax-line.js';
import { translate } from '../../i18n/translate.js';
import type { PrismaClient } from '../../prisma/generated/client.js';
import { formatCaseNumber } from '../runtime/format-case-number.js';
import { saveCheckoutSession } from './save-checkout-session.js';

export interface OpenCheckoutSessionOptions {
  prisma: PrismaClient;
  gateway: StripeGateway;
  payToken: string;
  publicBaseUrl: string;
  now: Date;
}

export type OpenCheckoutSessionResult =
  | { kind: 'redirect'; url: string }
  | { kind: 'paid'; language: Language }
  | { kind: 'expired'; language: Language }
  | { kind: 'not_found' };

// Stripe lets a Checkout Session live 30 minutes to 24 hours; a quote lives days.
const SESSION_WINDOW_MS = 23 * 60 * 60 * 1000;
const STRIPE_MIN_LIFETIME_MS = 31 * 60 * 1000;
// A session about to lapse is not handed out: the driver would land on an expired page.
const STILL_OPEN_MARGIN_MS = 5 * 60 * 1000;

/**
 * Behind the short link sent in the chat: the quote's open Checkout Session,
 * or a new one. Sessions are numbered by 23-hour windows from the quote, and
 * the window decides both the idempotency key and the expiry, so two clicks
 * at once get the same session from Stripe rather than two.
 */
export async function openCheckoutSession({ prisma, gateway, payToken, publicBaseUrl, now }: OpenCheckoutSessionOptions): Promise<OpenCheckoutSessionResult> {
  const quote = await prisma.quote.findUnique({ where: { payToken }, include: { case: { include: { client: { select: { language: true, email: true } } } } } });
  if (!quote) return { kind: 'not_found' };
  const language: Language = isLanguage(quote.case.client.language) ? quote.case.client.language : 'fr';
  if (quote.status === 'paid') return { kind: 'paid', language };
  if (quote.status === 'expired' || quote.expiresAt.getTime() <= now.getTime()) return { kind: 'expired', language };

  const open = await prisma.checkoutSession.findFirst({
    where: { quoteId: quote.id, status: 'open', expiresAt: { gt: new Date(now.getTime() + STILL_OPEN_MARGIN_MS) }, url: { not: null } },
    orderBy: { createdAt: 'desc' },
  });
  if (open?.url) return { kind: 'redirect', url: open.url };

  let window = Math.floor((now.getTime() - quote.createdAt.getTime()) / SESSION_WINDOW_MS) + 1;
  const windowEnd = (n: number) => Math.min(quote.expiresAt.getTime(), quote.createdAt.getTime() + n * SESSION_WINDOW_MS);
  if (windowEnd(window) - now.getTime() < STRIPE_MIN_LIFETIME_MS) window += 1;
  const expiresAt = new Date(Math.max(windowEnd(window), now.getTime() + STRIPE_MIN_LIFETIME_MS));
  expiresAt.setMilliseconds(0);

  const caseNumber = formatCaseNumber(quote.case.number);
  const session = await gateway.createCheckoutSession({
    quoteId: quote.id,
    caseId: quote.caseId,
    caseNumber,
    currency: quote.currency as Currency,
    lineItems: lineItemsOf({ language, caseNumber, feeLines: quote.feeLines as unknown as FeeLine[], taxes: quote.taxes as unknown as TaxLine[] }),
    language,
    successUrl: `${publicBaseUrl}/pay/${payToken}/done?session_id={CHECKOUT_SESSION_ID}`,
    cancelUrl: `${publicBaseUrl}/pay/${payToken}/cancelled`,
    expiresAt,
    customerEmail: quote.case.client.email,
    idempotencyKey: `checkout:${quote.id}:${window}`,
  });
  await saveCheckoutSession({ prisma, quoteId: quote.id, session });
  if (!session.url || session.status !== 'open') return session.paymentStatus === 'paid' ? { kind: 'paid', language } : { kind: 'expired', language };
  return { kind: 'redirect', url: session.url };
}

/** The Checkout page shows what the chat showed: each fee line, then each tax by name and rate. */
function lineItemsOf({ language, caseNumber, feeLines, taxes }: { language: Language; caseNumber: string; feeLines: FeeLine[]; taxes: TaxLine[] }): CheckoutLineItem[] {
  const lines = [
    ...feeLines.map((fee) => ({ name: `${translate(language, `quote.fee.${fee.code}`)} — ${caseNumber}`, amountCents: fee.amountCents })),
    ...taxes.map((tax) => ({ name: describeTaxLine(language, tax), amountCents: tax.amountCents })),
  ];
  // Stripe refuses a zero-amount line; a zero tax changes nothing to the total.
  return lines.filter((line) => line.amountCents > 0);
}
