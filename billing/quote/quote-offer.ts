import type { PriceQuote } from './price-quote.js';

/** A quote as offered in the chat: the price and the ways to pay it. */
export interface QuoteOffer {
  quoteId: string;
  caseId: string;
  quote: PriceQuote;
  /** Secret of the short payment link. */
  payToken: string;
  /** Our short link to Stripe Checkout; null when card payments are off. */
  payUrl: string | null;
  /** Canada only, when the firm takes e-Transfers: where to send, and the reference to write. */
  interac: { email: string; reference: string } | null;
  /** ISO instant. */
  expiresAt: string;
  /** From the offer: when the one reminder goes, and when the quote lapses. */
  reminderInMs: number;
  expiresInMs: number;
}

/** A payment the firm received for a quote, as the conversation is told of it. */
export interface PaymentNotice {
  caseId: string;
  quoteId: string;
  method: 'card' | 'interac';
  amountCents: number;
  currency: 'CAD' | 'USD';
  invoiceNumber: string;
  invoiceUrl: string;
  caseNumber: string;
}
