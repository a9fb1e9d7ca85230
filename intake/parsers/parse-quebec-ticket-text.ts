import type { TicketReading } from '../ticket-reading.js';
import { QUEBEC_FORM } from './quebec-form.js';
import { readFormTicket, type ReadFormTicketOptions } from './read-form-ticket.js';

/** One ticket's OCR text read as a Quebec constat d'infraction. */
export function parseQuebecTicketText(options: Omit<ReadFormTicketOptions, 'profile'>): TicketReading {
  return readFormTicket({ ...options, profile: QUEBEC_FORM });
}
