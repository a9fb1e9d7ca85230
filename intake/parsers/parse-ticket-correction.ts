import type { Language } from '../../i18n/languages.js';
import type { TicketChanges } from '../../tickets/apply-ticket-correction.js';
import { categoryFromWords } from '../../tickets/offences/category-from-words.js';
import { detectStatute } from '../../tickets/offences/detect-statute.js';
import { normalizeSection } from '../../tickets/offences/normalize-section.js';
import type { Jurisdiction } from '../../tickets/ticket-schema.js';
import type { TicketReading } from '../ticket-reading.js';
import { detectJurisdiction } from './detect-jurisdiction.js';
import { findDates } from './find-dates.js';
import { findPlaces } from './find-places.js';
import { findRelativeDate } from './find-relative-date.js';
import { findSpeed } from './find-speed.js';
import { findTypedAmount } from './find-typed-amount.js';
import { foldKeepingLength } from './fold-keeping-length.js';
import { resolveDate } from './resolve-date.js';

export interface ParseTicketCorrectionOptions {
  /** The driver's words. Data only: nothing in it is an instruction. */
  text: string;
  /** YYYY-MM-DD: "October 4" is the last October 4 not after it. */
  today: string;
  /** The ticket shown to the driver, for its jurisdiction (speed unit, section style). */
  draft?: Pick<TicketReading, 'jurisdiction'> | null;
  /** The conversation's language; the words are read in all three anyway. */
  language?: Language;
}

export interface TicketCorrection {
  changes: TicketChanges;
  understood: boolean;
}

const UNIT: Record<Jurisdiction, 'km/h' | 'mph'> = { QC: 'km/h', ON: 'km/h', NY: 'mph' };
const SECTION = /\b(?:section|sect?\.?|s\.|art(?:icle|[íi]culo)?\.?|secci[oó]n|§)\s*(\d{1,4}(?:\.\d{1,2})?(?:\s?-\s?[a-z]\b)?(?:\s?\(\s?[0-9a-z.]{1,4}\s?\))*(?:\s?[a-z]\b)?)/i;
const TICKET_NUMBER = /(?:number|num[eé]ro|n[uú]mero|n°|no\.?|#)\s*(?:is|est|es|:|was|était|era)?\s*(?:de |du |of )?([A-Z]{0,3}\s?\d[\dA-Z -]{4,18}[\dA-Z])/i;
const ANSWER_DATE = /\b(?:court|audience|comparution|comparecencia|tribunal|respond|answer|r[eé]pondre|responder|due|pay by|payer avant|pagar antes)\b/;
const POINTS = /\b(\d{1,2})\s*(?:demerit\s*)?points?\b|\bpoints?\s*(?:d.inaptitude\s*)?(?:is|est|es|:)?\s*(\d{1,2})\b|\b(\d{1,2})\s*puntos\b/;
const OFFENCE_NOUN = /speeding|exces de vitesse|exceso de velocidad|radar|camera|red light|feu rouge|luz roja|semaforo|stop|arret|alto|phone|cellulaire|telephone|celular|telefono|belt|ceinture|cinturon|careless|reckless|imprudent|temerari|negligen|yield|passage|paso/;

/**
 * A driver's plain-words correction of the ticket shown ("the fine is 250$",
 * "c'était le 4 octobre", "fue el 4 de octubre", "it was in Laval", "speed
 * was 78 in a 50", "section 1180(b)", "it was a red light"), several fields
 * at once. A place names the jurisdiction only when it is unambiguous.
 * Nothing recognised: understood is false and there are no changes.
 */
export function parseTicketCorrection({ text, today, draft }: ParseTicketCorrectionOptions): TicketCorrection {
  const changes: TicketChanges = {};
  const folded = foldKeepingLength(text);
  const places = findPlaces({ text });
  const placed = places.length > 0 ? detectJurisdiction({ text: places.map((place) => place.written).join(', '), marketHint: null }) : null;
  const jurisdiction = placed?.jurisdiction ?? draft?.jurisdiction ?? null;
  if (places.length > 0) changes.location = places.map((place) => place.written).join(', ');
  if (placed?.jurisdiction && placed.jurisdiction !== draft?.jurisdiction) changes.jurisdiction = placed.jurisdiction;

  const speed = findSpeed({ text, defaultUnit: jurisdiction ? UNIT[jurisdiction] : null });
  if (speed) changes.speed = speed;

  const section = SECTION.exec(text);
  let rest = text;
  if (section) {
    const normalised = normalizeSection({ jurisdiction: jurisdiction ?? 'QC', raw: section[1] });
    if (normalised) changes.section = normalised;
    const statute = detectStatute(text);
    if (statute) changes.statute = statute;
    rest = rest.replace(section[0], ' ');
  }

  const ticketNumber = TICKET_NUMBER.exec(rest);
  if (ticketNumber && /\d{5}/.test(ticketNumber[1])) {
    changes.ticketNumber = ticketNumber[1].replace(/[\s-]/g, '').toUpperCase();
    rest = rest.replace(ticketNumber[0], ' ');
  }

  const date = readDate({ text: rest, today, jurisdiction });
  if (date) {
    const answerBy = ANSWER_DATE.test(folded) ? resolveDate({ found: date.found, today, future: true }) : null;
    if (answerBy) changes.respondBy = answerBy;
    else if (date.iso) changes.issuedOn = date.iso;
    rest = rest.slice(0, date.found.index) + ' '.repeat(date.found.end - date.found.index) + rest.slice(date.found.end);
  } else {
    const relative = findRelativeDate({ text: rest, today });
    if (relative) changes.issuedOn = relative;
  }

  const points = POINTS.exec(foldKeepingLength(rest));
  if (points) {
    changes.demeritPoints = Number(points[1] ?? points[2] ?? points[3]);
    rest = rest.replace(new RegExp(`${points[1] ?? points[2] ?? points[3]}\\s*(?:demerit\\s*)?(?:points?|puntos)`, 'i'), ' ');
  }

  const { fineCents, totalPayableCents } = findTypedAmount({ text: speed ? withoutSpeedNumbers(rest) : rest });
  if (fineCents !== null) changes.fineCents = fineCents;
  if (totalPayableCents !== null) changes.totalPayableCents = totalPayableCents;

  // "speed was 78 in a 50" corrects the speed, not the offence; "it was a red light" the offence.
  const category = categoryFromWords(speed ? withoutSpeedNumbers(text).replace(/\b(speed|vitesse|velocidad)\b/gi, '') : text);
  if (category && !changes.section && OFFENCE_NOUN.test(folded)) changes.offenceCategory = category;

  const understood = Object.keys(changes).length > 0;
  return { changes, understood };
}

function readDate({ text, today, jurisdiction }: { text: string; today: string; jurisdiction: Jurisdiction | null }) {
  const order = jurisdiction === 'NY' ? 'MDY' : jurisdiction === 'QC' ? 'DMY' : null;
  const found = findDates({ text, order })[0];
  if (!found) return null;
  return { found, iso: resolveDate({ found, today, future: false }) };
}

function withoutSpeedNumbers(text: string): string {
  return text.replace(/\d{2,3}\s?(?:km\s?\/\s?h|mph)?\s?(?:in an?|dans une?|en una?|en|zone|zona|\/)\s?(?:zone (?:de )?|zona (?:de )?)?\d{2,3}\s?(?:km\s?\/\s?h|mph)?/gi, ' ');
}
