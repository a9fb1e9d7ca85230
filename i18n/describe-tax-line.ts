import type { TaxLine } from '../billing/quote/price-quote.js';
import type { Language } from './languages.js';
import { translate } from './translate.js';

/** "9.975" as the language writes a percentage: "9,975 %" in French, "9.975%" in English and Spanish. */
function formatTaxRate(language: Language, rate: string): string {
  return language === 'fr' ? `${rate.replace('.', ',')} %` : `${rate}%`;
}

/** A tax by its name in the language and its exact rate: "TVQ (9,975 %)", "HST (13%)". The chat, Checkout and the invoice all say it so. */
export function describeTaxLine(language: Language, tax: Pick<TaxLine, 'name' | 'rate'>): string {
  return translate(language, 'quote.tax', { name: translate(language, `tax.${tax.name}`), rate: formatTaxRate(language, tax.rate) });
}
