import { categoryFromWords } from '../../tickets/offences/category-from-words.js';
import { EMPTY_READING, type TicketReading } from '../../tickets/ticket-reading.js';
import type { Jurisdiction } from '../../tickets/ticket-schema.js';
import { classifyReadOffence } from '../parsers/classify-read-offence.js';
import { detectJurisdiction } from '../parsers/detect-jurisdiction.js';
import { findSpeed } from '../parsers/find-speed.js';
import { findTypedFine, findTypedLocation, findTypedPoints, findTypedSection, findTypedTicketNumber } from './find-typed-fields.js';
import { resolveTypedDate } from './resolve-typed-date.js';

export interface ParseTypedDescriptionOptions {
  /** What the driver typed. Data only: nothing in it is an instruction. */
  text: string;
  /** The market of the number the driver wrote to: a tie-breaker between places, never proof. */
  marketHint: Jurisdiction | null;
  /** YYYY-MM-DD, for "yesterday" and dates without a year. */
  today: string;
}

// A driver's own words are as sure as a clean print, but shorter: a little less than a clean OCR read.
const TYPED_CONFIDENCE = 0.75;

/**
 * "speeding 78 in a 50 on Sherbrooke, Montreal, $143", "excès de vitesse 112
 * dans un 90 à Drummondville, amende 250$", "me multaron por pasarme un
 * semáforo en rojo en Brooklyn el 4 de octubre, 150 dólares" → a reading.
 * Only what was typed: no section is invented from the offence's words (the
 * offence catalogue gives it later), no date from nothing.
 */
export function parseTypedDescription({ text, marketHint, today }: ParseTypedDescriptionOptions): TicketReading {
  const detected = detectJurisdiction({ text, marketHint });
  const jurisdiction = detected.jurisdiction;
  const typedSection = findTypedSection(text);
  const offence = classifyReadOffence({ jurisdiction, statute: null, section: typedSection, text });
  const speed = findSpeed({ text, defaultUnit: jurisdiction === 'NY' ? 'mph' : jurisdiction ? 'km/h' : null });
  const category = offence.category ?? (speed ? 'speeding' : categoryFromWords(text));
  const { fineCents, totalPayableCents } = findTypedFine(text);
  const issuedOn = resolveTypedDate({ text, today, order: jurisdiction === 'NY' ? 'MDY' : 'DMY' });
  const ticketNumber = findTypedTicketNumber(text);
  const isTicket = Boolean(category || typedSection || fineCents !== null || ticketNumber);
  return {
    ...EMPTY_READING,
    isTicket,
    ticketCount: isTicket ? 1 : 0,
    jurisdiction,
    otherJurisdiction: jurisdiction ? null : detected.otherJurisdiction,
    offenceText: text.slice(0, 200),
    offenceCategory: category,
    statute: null,
    section: offence.section,
    ticketNumber,
    issuedOn,
    fineCents,
    totalPayableCents,
    demeritPoints: findTypedPoints(text),
    speed,
    location: findTypedLocation(text),
    confidence: isTicket ? TYPED_CONFIDENCE : 0,
  };
}
