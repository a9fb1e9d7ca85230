import { CURRENCY_BY_JURISDICTION } from '../../tickets/ticket-schema.js';
import { type PriceTicketOptions, priceTicket } from '../pricing/price-ticket.js';
import { computeSalesTaxes } from '../taxes/compute-sales-taxes.js';
import type { PriceQuote, TaxRegion } from './price-quote.js';

export interface BuildQuoteOptions extends PriceTicketOptions {
  /**
   * Where the fee is taxed (the place of supply). Defaults to the ticket's
   * jurisdiction: the flows do not yet ask for the client's province or
   * state. When known, the caller passes the region that applies; note that
   * the GST/HST rules place a litigation service in the province of the court
   * (New Harmonized Value-added Tax System Regulations, SOR/2010-117, s. 27),
   * so the client's own province decides mainly for work done before a
   * proceeding starts. PRICING.md has the details.
   */
  taxRegion?: TaxRegion;
}

/** The full price of defending a ticket: the fee from the grid, in the ticket's currency, plus the sales taxes on it. */
export function buildQuote({ grid, ticket, deadline, taxRegion = ticket.jurisdiction }: BuildQuoteOptions): PriceQuote {
  const { feeLines, feeCents, pricingVersion } = priceTicket({ grid, ticket, deadline });
  const taxes = computeSalesTaxes({ region: taxRegion, amountCents: feeCents });
  const totalCents = taxes.reduce((total, tax) => total + tax.amountCents, feeCents);
  return { currency: CURRENCY_BY_JURISDICTION[ticket.jurisdiction], feeCents, taxes, totalCents, feeLines, taxRegion, pricingVersion };
}
