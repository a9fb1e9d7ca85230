import type { TicketReading } from '../ticket-reading.js';
import { ONTARIO_FORM } from './ontario-form.js';
import { readFormTicket, type ReadFormTicketOptions } from './read-form-ticket.js';

/** One ticket's OCR text read as an Ontario Offence Notice. */
export function parseOntarioTicketText(options: Omit<ReadFormTicketOptions, 'profile'>): TicketReading {
  return readFormTicket({ ...options, profile: ONTARIO_FORM });
}
