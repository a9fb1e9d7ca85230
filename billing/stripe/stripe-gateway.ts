import type Stripe from 'stripe';
import type { Language } from '../../i18n/languages.js';
import type { Currency } from '../quote/price-quote.js';

/** One line of the Checkout page, already in the client's language ("GST (5%)"). */
export interface CheckoutLineItem {
  name: string;
  amountCents: number;
}

export interface CheckoutSessionRequest {
  quoteId: string;
  caseId: string;
  /** "T911-000123", shown to the client and to the firm in Stripe's dashboard. */
  caseNumber: string;
  currency: Currency;
  /** The fee lines then each tax line: their sum is the quote's total. */
  lineItems: CheckoutLineItem[];
  language: Language;
  successUrl: string;
  cancelUrl: string;
  /** Stripe accepts 30 minutes to 24 hours from creation. */
  expiresAt: Date;
  customerEmail: string | null;
  /** Same key, same parameters: Stripe returns the same session instead of a second one. */
  idempotencyKey: string;
}

/** What we use of a Checkout Session, read from Stripe (never from a webhook's payload). */
export interface CheckoutSessionSummary {
  id: string;
  url: string | null;
  status: 'open' | 'complete' | 'expired';
  paymentStatus: 'paid' | 'unpaid' | 'no_payment_required';
  amountTotalCents: number | null;
  /** Upper case, as our quotes: "CAD", "USD". */
  currency: string | null;
  paymentIntentId: string | null;
  metadata: { caseId?: string; quoteId?: string };
  customerEmail: string | null;
  customerName: string | null;
  expiresAt: Date;
}

/** The Stripe calls the payment flow makes, behind one interface so tests and the runtime share them. */
export interface StripeGateway {
  createCheckoutSession(request: CheckoutSessionRequest): Promise<CheckoutSessionSummary>;
  retrieveCheckoutSession(sessionId: string): Promise<CheckoutSessionSummary>;
  /** The Checkout Session that created this PaymentIntent (refunds and disputes name only the charge). */
  findCheckoutSessionByPaymentIntent(paymentIntentId: string): Promise<CheckoutSessionSummary | null>;
  /** The PaymentIntent a charge belongs to. */
  retrieveChargePaymentIntent(chargeId: string): Promise<string | null>;
  /** Verifies the Stripe-Signature header over the raw body; throws Stripe.errors.StripeSignatureVerificationError. */
  constructEvent(rawBody: Buffer, signature: string): Stripe.Event;
}
