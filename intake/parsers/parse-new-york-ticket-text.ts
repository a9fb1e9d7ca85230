import type { TicketReading } from '../ticket-reading.js';
import { NEW_YORK_FORM } from './new-york-form.js';
import { readFormTicket, type ReadFormTicketOptions } from './read-form-ticket.js';

/** One ticket's OCR text read as a New York Uniform Traffic Ticket. */
export function parseNewYorkTicketText(options: Omit<ReadFormTicketOptions, 'profile'>): TicketReading {
  return readFormTicket({ ...options, profile: NEW_YORK_FORM });
}
