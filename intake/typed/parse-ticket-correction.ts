import type { Language } from '../../i18n/languages.js';
import type { TicketChanges } from '../../tickets/apply-ticket-correction.js';
import { categoryFromWords } from '../../tickets/offences/category-from-words.js';
import type { TicketReading } from '../../tickets/ticket-reading.js';
import { detectJurisdiction } from '../parsers/detect-jurisdiction.js';
import { findSpeed } from '../parsers/find-speed.js';
import { foldKeepingLength } from '../parsers/fold-keeping-length.js';
import { findTypedFine, findTypedLocation, findTypedPoints, findTypedSection, findTypedTicketNumber } from './find-typed-fields.js';
import { resolveTypedDate } from './resolve-typed-date.js';

export interface ParseTicketCorrectionOptions {
  text: string;
  /** The ticket as shown to the driver. */
  draft: TicketReading;
  language: Language;
  today: string;
}

const COURT_DATE = /(court|cour|audience|hearing|comparution|appearance|tribunal|audiencia|return date)/;

/**
 * A correction in plain words, offline: "the fine is 250$", "it was on
 * October 4", "c'était à Laval", "la multa es de 250", "ticket number is
 * 123456789", "it was a red light", "section 1180(b)". Several fields in one
 * message. Nothing recognised → understood: false, and the bot says so.
 */
export function parseTicketCorrection({ text, draft, today }: ParseTicketCorrectionOptions): { changes: TicketChanges; understood: boolean } {
  const folded = foldKeepingLength(text);
  const changes: TicketChanges = {};
  const jurisdiction = draft.jurisdiction;

  const { fineCents, totalPayableCents } = findTypedFine(text);
  if (fineCents !== null) changes.fineCents = fineCents;
  if (totalPayableCents !== null) changes.totalPayableCents = totalPayableCents;

  // A court date is ahead; the ticket's date is behind.
  const courtDate = COURT_DATE.test(folded);
  const date = resolveTypedDate({ text, today, order: jurisdiction === 'NY' ? 'MDY' : 'DMY', ahead: courtDate });
  if (date) {
    if (courtDate) changes.respondBy = date;
    else changes.issuedOn = date;
  }

  const ticketNumber = findTypedTicketNumber(text);
  if (ticketNumber) changes.ticketNumber = ticketNumber;

  const section = findTypedSection(text);
  if (section) changes.section = section;

  const speed = findSpeed({ text, defaultUnit: jurisdiction === 'NY' ? 'mph' : 'km/h' });
  if (speed) changes.speed = speed;

  const points = findTypedPoints(text);
  if (points !== null) changes.demeritPoints = points;

  const category = categoryFromWords(text);
  if (category && !section) changes.offenceCategory = category;

  const location = findTypedLocation(text);
  if (location && !date) {
    changes.location = location;
    const detected = detectJurisdiction({ text: location, marketHint: null });
    if (detected.jurisdiction && detected.jurisdiction !== jurisdiction) changes.jurisdiction = detected.jurisdiction;
  }
  return { changes, understood: Object.keys(changes).length > 0 };
}
