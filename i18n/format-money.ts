import type { Language } from './languages.js';

/** The locale that writes an amount the way a driver of that language and currency reads it. */
export const LOCALES: Record<Language, { CAD: string; USD: string }> = {
  en: { CAD: 'en-CA', USD: 'en-US' },
  fr: { CAD: 'fr-CA', USD: 'fr-CA' },
  es: { CAD: 'es-US', USD: 'es-US' },
};

/** Integer cents in, "1 234,56 $" / "$1,234.56" out. */
export function formatMoney(language: Language, cents: number, currency: 'CAD' | 'USD'): string {
  return new Intl.NumberFormat(LOCALES[language][currency], { style: 'currency', currency }).format(cents / 100);
}
