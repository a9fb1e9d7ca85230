// The reading schema lives with the canonical ticket (tickets/), which the flows may import.
export { EMPTY_READING, ticketReadingSchema, type TicketReading } from '../tickets/ticket-reading.js';
