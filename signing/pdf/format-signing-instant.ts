import type { Language } from '../../i18n/languages.js';

export interface FormatSigningInstantOptions {
  /** An ISO instant, as recorded by the signing page. */
  at: string;
  /** IANA, e.g. America/Montreal. */
  timeZone: string;
  language: Language;
}

export interface FormattedSigningInstant {
  /** "20 novembre 2026" */
  date: string;
  /** "14 h 03", "2:03 PM" */
  time: string;
  /** "UTC-05:00": an offset, unlike an abbreviation, means the same in every language. */
  offset: string;
  /** "2026-11-20 14:03:05", for the certificate's table. */
  timestamp: string;
}

const LOCALE: Record<Language, string> = { fr: 'fr-CA', en: 'en-US', es: 'es-US' };

/** One instant of the signing, told in the firm's time zone, never in the server's. */
export function formatSigningInstant({ at, timeZone, language }: FormatSigningInstantOptions): FormattedSigningInstant {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new Error(`Not an ISO instant: "${at}"`);
  const locale = LOCALE[language];
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  // "GMT-05:00", or a bare "GMT" at offset zero.
  const offset = parts.timeZoneName === 'GMT' ? 'UTC+00:00' : String(parts.timeZoneName).replace('GMT', 'UTC');
  return {
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(instant),
    time: new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(instant),
    offset,
    timestamp: `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`,
  };
}
