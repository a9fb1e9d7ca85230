import type { TicketReading } from '../ticket-reading.js';
import { computeReadingConfidence } from './compute-reading-confidence.js';
import { foldKeepingLength } from './fold-keeping-length.js';
import type { FormProfile } from './form-profile.js';
import { readTicketFields } from './read-ticket-fields.js';

export interface ReadFormTicketOptions {
  /** One ticket's text. */
  text: string;
  profile: FormProfile;
  /** 0..1, the OCR's confidence; 1 for text that was not read by OCR. */
  ocrConfidence?: number;
  /** YYYY-MM-DD: no offence date is after it. */
  today?: string;
  /** 0..1, how sure the jurisdiction is. */
  jurisdictionConfidence?: number;
}

/**
 * One ticket's text read as the given form. It is a ticket when the form's
 * title, an offence, a section, a speed, a labelled fine or ticket number
 * shows; a receipt's "TOTAL" is none of these.
 */
export function readFormTicket({ text, profile, ocrConfidence = 1, today = new Date().toISOString().slice(0, 10), jurisdictionConfidence = 1 }: ReadFormTicketOptions): TicketReading {
  const fields = readTicketFields({ text, profile, today });
  const isTicket =
    profile.header.test(foldKeepingLength(text)) ||
    [fields.offenceCategory, fields.section, fields.speed, fields.fineCents, fields.ticketNumber].some((field) => field !== null);
  const offenceKnown = fields.offenceCategory !== null || fields.section !== null;
  const keyFields = [
    fields.jurisdiction ? jurisdictionConfidence : 0,
    offenceKnown ? 1 : 0,
    fields.ticketNumber ? 1 : 0,
    fields.issuedOn ? 1 : 0,
    // New York tickets answered at the TVB or a town court print no fine.
    ...(profile.jurisdiction === 'NY' ? [] : [fields.fineCents !== null ? 1 : 0]),
  ];
  return {
    ...fields,
    isTicket,
    ticketCount: isTicket ? 1 : 0,
    otherJurisdiction: null,
    confidence: isTicket ? computeReadingConfidence({ sourceConfidence: ocrConfidence, fields: keyFields }) : 0,
  };
}
