import type { TaxLine, TaxRegion } from '../quote/price-quote.js';
import { applyPercentRate } from './apply-percent-rate.js';
import { SALES_TAX_RATES } from './sales-tax-rates.js';

export { SALES_TAX_RATES, type SalesTaxRate } from './sales-tax-rates.js';

export interface ComputeSalesTaxesOptions {
  region: TaxRegion;
  /** The taxable fee, in integer cents. */
  amountCents: number;
}

/**
 * The sales taxes on a fee, one line per tax. Each tax is computed on the fee
 * alone (QST is not charged on the GST) and rounded on its own, as the tax
 * authorities show them on an invoice; see SALES_TAX_RATES for the sources.
 */
export function computeSalesTaxes({ region, amountCents }: ComputeSalesTaxesOptions): TaxLine[] {
  // Checked here too: New York has no rate that would reject a bad amount.
  if (!Number.isSafeInteger(amountCents) || amountCents < 0) {
    throw new RangeError(`amountCents must be a non-negative integer, got ${amountCents}`);
  }
  return SALES_TAX_RATES[region].map(({ name, rate }) => ({ name, rate, amountCents: applyPercentRate({ amountCents, rate }) }));
}
