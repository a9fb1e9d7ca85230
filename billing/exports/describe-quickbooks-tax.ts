import type { TaxLine } from '../quote/price-quote.js';
import { PERCENT_RATE_PATTERN } from '../taxes/apply-percent-rate.js';

export interface DescribeQuickBooksTaxOptions {
  taxes: TaxLine[];
}

export interface QuickBooksTax {
  /** The tax code as QuickBooks Online (Canada) names it; the company's code must carry exactly this name. */
  taxCode: string;
  /** The combined rate, "14.975%". */
  taxRate: string;
  /** "Y" or "N", the US edition's column. */
  taxable: 'Y' | 'N';
}


/** Adds decimal rates exactly ("5" + "9.975" = "14.975"), in integers scaled to the longest fraction. */
function addDecimalRates(rates: string[]): string {
  for (const rate of rates) if (!PERCENT_RATE_PATTERN.test(rate)) throw new Error(`Not a decimal tax rate: "${rate}"`);
  const places = Math.max(0, ...rates.map((rate) => rate.split('.')[1]?.length ?? 0));
  const scaled = rates.reduce((sum, rate) => {
    const [whole, fraction = ''] = rate.split('.');
    return sum + BigInt(whole + fraction.padEnd(places, '0'));
  }, 0n);
  const digits = scaled.toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

// QuickBooks Online's default Canadian codes for the firm's markets (Intuit, "Common sales tax codes").
// New York's legal fees carry no tax. Any other combination is refused rather than booked under a wrong code.
const TAX_CODES: Record<string, string> = {
  '': 'Exempt',
  'GST 5 + QST 9.975': 'GST/QST QC',
  'HST 13': 'HST ON',
};

/** The QuickBooks tax code, combined rate and taxable flag of an invoice's taxes. */
export function describeQuickBooksTax({ taxes }: DescribeQuickBooksTaxOptions): QuickBooksTax {
  const signature = taxes.map((tax) => `${tax.name} ${addDecimalRates([tax.rate])}`).join(' + ');
  if (!Object.hasOwn(TAX_CODES, signature)) throw new Error(`No QuickBooks tax code for "${signature}": add it to TAX_CODES`);
  return { taxCode: TAX_CODES[signature], taxRate: `${addDecimalRates(taxes.map((tax) => tax.rate).concat('0'))}%`, taxable: taxes.length > 0 ? 'Y' : 'N' };
}
