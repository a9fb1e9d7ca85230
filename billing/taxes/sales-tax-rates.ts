import type { TaxName, TaxRegion } from '../quote/price-quote.js';

export interface SalesTaxRate {
  name: TaxName;
  /** Percentage as an exact decimal string. */
  rate: string;
}

/**
 * The sales taxes on the firm's fee, in the order printed on a quote.
 *
 * - GST 5 % and HST 13 % (Ontario): Canada Revenue Agency, GST/HST rates,
 *   https://www.canada.ca/en/revenue-agency/services/tax/businesses/topics/gst-hst-businesses/charge-collect-which-rate/calculator.html
 * - QST 9.975 %, on the price excluding the GST (no tax on tax since
 *   2013-01-01): Revenu Québec, Basic Rules for Applying the GST/HST and QST,
 *   https://www.revenuquebec.ca/en/businesses/consumption-taxes/gsthst-and-qst/basic-rules-for-applying-the-gsthst-and-qst/
 * - New York: none. Services are taxed only when NY Tax Law § 1105(c) lists
 *   them, and legal services are not listed:
 *   https://www.nysenate.gov/legislation/laws/TAX/1105 ; NY DTF Tax Bulletin
 *   TB-ST-740: services are exempt unless specifically taxable,
 *   http://www.tax.ny.gov/pubs_and_bulls/tg_bulletins/st/quick_reference_guide_for_taxable_and_exempt_property_and_services.htm
 */
export const SALES_TAX_RATES: Readonly<Record<TaxRegion, readonly SalesTaxRate[]>> = {
  QC: [
    { name: 'GST', rate: '5' },
    { name: 'QST', rate: '9.975' },
  ],
  ON: [{ name: 'HST', rate: '13' }],
  NY: [],
};
