import { z } from 'zod';
import { jurisdictionSchema, offenceCategorySchema, speedSchema } from './ticket-schema.js';

/**
 * What one reader (Claude vision, OCR + a form parser, a typed-description
 * parser) got out of the driver's material, before the project's own rules
 * (offence catalogue, demerit schedule, deadlines) complete it into a
 * canonical Ticket. Every field may be missing: a reader never guesses.
 */
export const ticketReadingSchema = z.object({
  /** False for a selfie, a receipt, a parking stub, a blank page. */
  isTicket: z.boolean(),
  /** How many distinct tickets the material shows; the fields below describe the first. */
  ticketCount: z.number().int().nonnegative(),
  jurisdiction: jurisdictionSchema.nullable(),
  /** A jurisdiction we do not serve, as named on the ticket ("Alberta", "New Jersey"). */
  otherJurisdiction: z.string().nullable(),
  /** The offence as printed or described, e.g. "Excès de vitesse" or "speeding". */
  offenceText: z.string().nullable(),
  offenceCategory: offenceCategorySchema.nullable(),
  /** e.g. "CSR", "HTA", "VTL"; null when not printed. */
  statute: z.string().nullable(),
  /** As printed, e.g. "299", "128", "1180(d)". */
  section: z.string().nullable(),
  ticketNumber: z.string().nullable(),
  issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  fineCents: z.number().int().nonnegative().nullable(),
  totalPayableCents: z.number().int().nonnegative().nullable(),
  /** Demerit points only if printed on the ticket (NY and ON forms do not print them). */
  demeritPoints: z.number().int().nonnegative().nullable(),
  speed: speedSchema.nullable(),
  location: z.string().nullable(),
  court: z.string().nullable(),
  /** An answer date or court date printed on the ticket. */
  printedRespondBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** 0..1 overall confidence of the reader. */
  confidence: z.number().min(0).max(1),
});
export type TicketReading = z.infer<typeof ticketReadingSchema>;

export const EMPTY_READING: TicketReading = {
  isTicket: false,
  ticketCount: 0,
  jurisdiction: null,
  otherJurisdiction: null,
  offenceText: null,
  offenceCategory: null,
  statute: null,
  section: null,
  ticketNumber: null,
  issuedOn: null,
  fineCents: null,
  totalPayableCents: null,
  demeritPoints: null,
  speed: null,
  location: null,
  court: null,
  printedRespondBy: null,
  confidence: 0,
};
