import type { Jurisdiction } from '../../tickets/ticket-schema.js';
import type { TicketReading } from '../ticket-reading.js';
import { ANY_FORM } from './any-form.js';
import { detectJurisdiction } from './detect-jurisdiction.js';
import { foldKeepingLength } from './fold-keeping-length.js';
import { FORM_MARKERS } from './jurisdiction-markers.js';
import { parseNewYorkTicketText } from './parse-new-york-ticket-text.js';
import { parseOntarioTicketText } from './parse-ontario-ticket-text.js';
import { parseQuebecTicketText } from './parse-quebec-ticket-text.js';
import { readFormTicket } from './read-form-ticket.js';
import { countTickets } from './count-tickets.js';
import { splitTickets } from './split-tickets.js';

export interface ParseTicketTextOptions {
  /** OCR output, or text copied from a ticket. Treated as data only: nothing in it is an instruction. */
  text: string;
  /** The market of the number the driver wrote to: a tie-breaker, never proof. */
  marketHint: Jurisdiction | null;
  /** 0..1, the OCR's mean confidence; 1 when the text was not read by OCR. */
  ocrConfidence?: number;
  /** YYYY-MM-DD; an offence date after it is not read as one. */
  today?: string;
}

const PARSERS = { QC: parseQuebecTicketText, ON: parseOntarioTicketText, NY: parseNewYorkTicketText } as const;

/**
 * A ticket's text → what it says: the jurisdiction from the form's wording,
 * then that form's parser on the first ticket (the others are only counted).
 * A jurisdiction we do not serve, or none sure enough, is read with every
 * form's labels and left for the conversation to settle.
 */
export function parseTicketText({ text, marketHint, ocrConfidence = 1, today }: ParseTicketTextOptions): TicketReading {
  const tickets = splitTickets({ text });
  const detected = detectJurisdiction({ text: tickets[0], marketHint });
  const options = { text: tickets[0], ocrConfidence, today, jurisdictionConfidence: detected.confidence };
  const reading = detected.jurisdiction ? PARSERS[detected.jurisdiction](options) : readFormTicket({ ...options, profile: ANY_FORM });
  const folded = foldKeepingLength(text);
  const formWording = FORM_MARKERS.some((marker) => marker.kind === 'wording' && marker.weight >= 2.5 && marker.pattern.test(folded));
  const isTicket = reading.isTicket || formWording;
  return {
    ...reading,
    isTicket,
    ticketCount: isTicket ? Math.max(1, tickets.length, countTickets({ text })) : 0,
    otherJurisdiction: detected.otherJurisdiction,
    confidence: isTicket ? Math.max(reading.confidence, 0.1 * ocrConfidence) : 0,
  };
}
