import type { PriceQuote } from '../billing/quote/price-quote.js';
import type { QuoteOffer } from '../billing/quote/quote-offer.js';
import { TIME_ZONE_BY_JURISDICTION } from '../tickets/ticket-schema.js';
import { describeTaxLine } from './describe-tax-line.js';
import { formatMoney, LOCALES } from './format-money.js';
import type { Language } from './languages.js';
import { type MessageKey, translate } from './translate.js';

export type QuoteReplyVariant = 'offer' | 'reminder' | 'pending' | 'failed';

export interface RenderQuoteOptions {
  language: Language;
  variant: QuoteReplyVariant;
  offer: QuoteOffer;
  caseNumber: string;
}

/** How to pay: the card link, the e-Transfer instructions, or that a person will send a way. */
function paymentLines(language: Language, offer: QuoteOffer, total: string): string[] {
  const lines: string[] = [];
  if (offer.payUrl) lines.push(translate(language, 'quote.payByCard', { url: offer.payUrl }));
  if (offer.interac) lines.push(translate(language, 'quote.payByInterac', { email: offer.interac.email, amount: total, reference: offer.interac.reference }));
  if (lines.length === 0) lines.push(translate(language, 'quote.noPaymentMethod'));
  return lines;
}

/** The itemised price: each fee line, each tax by name and rate (or why there is none), the total with its currency. */
export function renderPriceLines(language: Language, quote: PriceQuote): string[] {
  const money = (cents: number) => formatMoney(language, cents, quote.currency);
  const line = (label: string, cents: number) => translate(language, 'quote.line', { label, amount: money(cents) });
  return [
    ...quote.feeLines.map((fee) => line(translate(language, `quote.fee.${fee.code}`), fee.amountCents)),
    ...quote.taxes.map((tax) => line(describeTaxLine(language, tax), tax.amountCents)),
    ...(quote.taxes.length === 0 ? [translate(language, 'quote.noTax')] : []),
    translate(language, 'quote.total', { amount: `${money(quote.totalCents)} ${quote.currency}` }),
  ];
}

/**
 * The price as the driver reads it: itemised on the first offer (each fee
 * line, each tax by name and rate, the total with its currency), then only
 * the total and the ways to pay in reminders.
 */
export function renderQuote({ language, variant, offer, caseNumber }: RenderQuoteOptions): string {
  const { quote } = offer;
  const money = (cents: number) => formatMoney(language, cents, quote.currency);
  const total = `${money(quote.totalCents)} ${quote.currency}`;
  if (variant !== 'offer') {
    const intro: Record<Exclude<QuoteReplyVariant, 'offer'>, MessageKey> = { reminder: 'quote.reminder', pending: 'quote.pending', failed: 'quote.failed' };
    return [translate(language, intro[variant], { caseNumber, amount: total }), ...paymentLines(language, offer, total)].join('\n');
  }
  const expires = new Intl.DateTimeFormat(LOCALES[language][quote.currency], {
    dateStyle: 'long',
    timeZone: TIME_ZONE_BY_JURISDICTION[quote.taxRegion],
  }).format(new Date(offer.expiresAt));
  return [
    translate(language, 'quote.title', { caseNumber }),
    ...renderPriceLines(language, quote),
    '',
    ...paymentLines(language, offer, total),
    translate(language, 'quote.validUntil', { date: expires }),
    translate(language, 'quote.askEmail'),
    translate(language, 'quote.noGuarantee'),
  ].join('\n');
}
