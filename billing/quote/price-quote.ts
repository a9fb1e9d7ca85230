import type { Jurisdiction } from '../../tickets/ticket-schema.js';

export type Currency = 'CAD' | 'USD';

/** Where the client is taxed: Quebec (GST + QST), Ontario (HST), New York (no tax on legal services). */
export type TaxRegion = Jurisdiction;

export type TaxName = 'GST' | 'QST' | 'HST';

/** One tax on the fee. `rate` is the exact decimal percentage as a string ("9.975"), never a float. */
export interface TaxLine {
  name: TaxName;
  rate: string;
  amountCents: number;
}

/** What makes up the fee: the grid's base price and each surcharge. */
export type FeeLineCode = 'base' | 'urgent';

export interface FeeLine {
  code: FeeLineCode;
  amountCents: number;
}

/**
 * The price of defending one ticket. All money in integer cents;
 * feeCents = Σ feeLines, totalCents = feeCents + Σ taxes.
 */
export interface PriceQuote {
  currency: Currency;
  feeCents: number;
  taxes: TaxLine[];
  totalCents: number;
  feeLines: FeeLine[];
  taxRegion: TaxRegion;
  /** The pricing grid's version, kept with the quote so a later grid never rewrites an old price. */
  pricingVersion: string;
}
