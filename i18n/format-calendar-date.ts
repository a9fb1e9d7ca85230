import type { Language } from './languages.js';

const LOCALE: Record<Language, string> = { fr: 'fr-CA', en: 'en-CA', es: 'es-US' };

/** "2026-12-03" → "3 décembre 2026" / "December 3, 2026" / "3 de diciembre de 2026": a court day, no time zone shift. */
export function formatCalendarDate(language: Language, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}
