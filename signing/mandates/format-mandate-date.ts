import type { Language } from '../../i18n/languages.js';

export interface FormatMandateDateOptions {
  language: Language;
  /** YYYY-MM-DD */
  date: string;
}

// The reading of each language the firm writes to: "20 novembre 2026", "November 20, 2026", "20 de noviembre de 2026".
const LOCALE: Record<Language, string> = { fr: 'fr-CA', en: 'en-US', es: 'es-US' };

/**
 * A calendar date in words. It is formatted at noon UTC and read back in UTC: a
 * YYYY-MM-DD has no time zone, and shifting it into one could print the day before.
 */
export function formatMandateDate({ language, date }: FormatMandateDateOptions): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const instant = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)) : null;
  if (!instant || instant.toISOString().slice(0, 10) !== date) throw new Error(`Not a YYYY-MM-DD date: "${date}"`);
  return new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'long', timeZone: 'UTC' }).format(instant);
}
