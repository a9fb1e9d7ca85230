import { z } from 'zod';
import { ticketSchema } from '../../tickets/ticket-schema.js';

/**
 * A driver's plain-words correction of the ticket we showed them ("the fine is 250$",
 * "c'était le 4 octobre"), as changes to the canonical ticket. Shared by the Claude
 * reader and the offline correction parser: both return exactly this.
 */
export const ticketCorrectionSchema = z.object({
  /** Only the fields the driver corrected, in the canonical ticket's formats (cents, YYYY-MM-DD). */
  changes: ticketSchema
    .pick({
      issuedOn: true,
      fineCents: true,
      totalPayableCents: true,
      ticketNumber: true,
      location: true,
      court: true,
      section: true,
      statute: true,
      offenceCategory: true,
      speed: true,
      demeritPoints: true,
      jurisdiction: true,
    })
    .partial(),
  /** False when the message is not a correction we could map to fields (a question, a "yes", something else). */
  understood: z.boolean(),
});
export type TicketCorrection = z.infer<typeof ticketCorrectionSchema>;
