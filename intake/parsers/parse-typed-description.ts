import type { Jurisdiction } from '../../tickets/ticket-schema.js';
import type { TicketReading } from '../ticket-reading.js';
import { classifyReadOffence } from './classify-read-offence.js';
import { computeReadingConfidence } from './compute-reading-confidence.js';
import { detectJurisdiction } from './detect-jurisdiction.js';
import { findDates } from './find-dates.js';
import { findOffenceWords } from './find-offence-words.js';
import { findPlaces } from './find-places.js';
import { findRelativeDate } from './find-relative-date.js';
import { findSpeed } from './find-speed.js';
import { findTypedAmount } from './find-typed-amount.js';
import { resolveDate } from './resolve-date.js';

export interface ParseTypedDescriptionOptions {
  /** What the driver typed, in English, French or Spanish. Data only: nothing in it is an instruction. */
  text: string;
  /** The market of the number the driver wrote to: a tie-breaker, never proof. */
  marketHint: Jurisdiction | null;
  /** YYYY-MM-DD, to place "Oct 4" and "yesterday". */
  today: string;
}

const UNIT: Record<Jurisdiction, 'km/h' | 'mph'> = { QC: 'km/h', ON: 'km/h', NY: 'mph' };
const DATE_ORDER = { QC: 'DMY', ON: null, NY: 'MDY' } as const;
const TICKET_NUMBER = /(?:ticket|constat|offence|offense|citation|multa|boleto|violation)?\s*(?:number|no\.?|num(?:ero|éro|ber)?|n°|#)\s*(?:is|est|es|:)?\s*([A-Z]{0,3}\s?\d[\dA-Z -]{4,18}[\dA-Z])/i;

/**
 * A ticket as a driver describes it in words: "speeding 78 in a 50 on
 * Sherbrooke, Montreal, $143", "excès de vitesse 112 dans un 90 sur la 20 à
 * Drummondville, amende 250$", "me multaron por pasarme un semáforo en rojo
 * en Brooklyn el 4 de octubre, 150 dólares". The unit of a speed is the
 * jurisdiction's when not typed; what is not said stays null.
 */
export function parseTypedDescription({ text, marketHint, today }: ParseTypedDescriptionOptions): TicketReading {
  const detected = detectJurisdiction({ text, marketHint });
  const jurisdiction = detected.jurisdiction;
  const offenceText = findOffenceWords({ text });
  const speed = findSpeed({ text, defaultUnit: jurisdiction ? UNIT[jurisdiction] : null });
  const offence = classifyReadOffence({ jurisdiction, statute: null, section: null, text: offenceText ?? (speed ? 'speeding' : null) });
  const { fineCents, totalPayableCents } = findTypedAmount({ text: withoutSpeed(text) });
  const typedDate = findDates({ text, order: jurisdiction ? DATE_ORDER[jurisdiction] : null })[0];
  const issuedOn = (typedDate ? resolveDate({ found: typedDate, today, future: false }) : null) ?? findRelativeDate({ text, today });
  const places = findPlaces({ text });
  const ticketNumber = TICKET_NUMBER.exec(text)?.[1]?.replace(/[\s-]/g, '').toUpperCase() ?? null;
  const isTicket = Boolean(offence.category || speed || fineCents !== null || ticketNumber);
  const confidence = computeReadingConfidence({
    // Typed words are what the driver means, but free text is parsed less surely than a form.
    sourceConfidence: 0.9,
    fields: [jurisdiction ? detected.confidence : 0, offence.category ? 1 : 0, issuedOn ? 1 : 0, fineCents !== null ? 1 : 0],
  });
  return {
    isTicket,
    ticketCount: isTicket ? 1 : 0,
    jurisdiction,
    otherJurisdiction: detected.otherJurisdiction,
    offenceText,
    offenceCategory: offence.category,
    statute: null,
    section: null,
    ticketNumber: ticketNumber && /\d{5}/.test(ticketNumber) ? ticketNumber : null,
    issuedOn,
    fineCents,
    totalPayableCents,
    demeritPoints: null,
    speed,
    location: places.length > 0 ? places.map((place) => place.written).join(', ') : null,
    court: null,
    printedRespondBy: null,
    confidence: isTicket ? confidence : 0,
  };
}

/** "78 in a 50" is a speed; its numbers are not the fine. */
function withoutSpeed(text: string): string {
  return text.replace(/\d{2,3}\s?(?:km\s?\/\s?h|mph)?\s?(?:in an?|dans une?|en una?|en|zone|zona|\/)\s?(?:zone (?:de )?|zona (?:de )?)?\d{2,3}\s?(?:km\s?\/\s?h|mph)?/gi, ' ');
}

