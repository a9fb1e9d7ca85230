import type { Language } from '../../i18n/languages.js';
import type { Currency, FeeLine, TaxLine } from '../quote/price-quote.js';

/** A registration number printed on invoices (GST/HST: "123456789 RT0001", QST: "1234567890 TQ0001"). */
export interface TaxRegistration {
  name: 'GST' | 'QST' | 'HST';
  number: string;
}

/** The firm as it appears on its invoices (configuration, copied onto each invoice when issued). */
export interface FirmDetails {
  name: string;
  addressLines: string[];
  email: string;
  phone: string | null;
  taxRegistrations: TaxRegistration[];
}

/**
 * Everything an invoice shows, frozen when it is issued: re-rendering it
 * years later gives the same document even if the firm's details or the
 * pricing grid changed since.
 */
export interface InvoiceDocument {
  /** "2026-000042": year of issue, then a sequence that never repeats or skips within the year. */
  number: string;
  /** ISO instant of issue. */
  issuedAt: string;
  /** The time zone the issue date is printed in (America/Montreal, America/Toronto, America/New_York). */
  timeZone: string;
  language: Language;
  firm: FirmDetails;
  client: { name: string | null; email: string | null };
  /** "T911-000123". */
  caseNumber: string;
  /** The ticket defended, already in words: "Speeding — CSR s. 328" (jurisdiction + statute + section). */
  ticketDescription: string;
  currency: Currency;
  feeLines: FeeLine[];
  feeCents: number;
  taxes: TaxLine[];
  totalCents: number;
  payment: {
    method: 'card' | 'interac';
    /** Stripe PaymentIntent id or the Interac reference. */
    reference: string;
    /** ISO instant. */
    paidAt: string;
  };
}
