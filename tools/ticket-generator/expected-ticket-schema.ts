import { z } from 'zod';
import { jurisdictionSchema, offenceCategorySchema, speedSchema } from '../../tickets/ticket-schema.js';

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * What a perfect reader should get from a generated ticket's print: the
 * canonical Ticket's fields that are printed on the form. Conventions:
 * - `section` is normalised: lower-case letters, subdivisions in brackets
 *   ("1180(d)", "144(18)", "1225-c(2)(a)") whatever the form prints ("1180D").
 * - `ticketNumber` is the printed number without spaces or dashes.
 * - `issuedOn` is the date of the offence (also for camera notices).
 * - `location` is "<street as printed>, <municipality>".
 * - `fineCents` is the fine alone (QC "Amende", ON "Set fine"); null when the
 *   form prints no fine (NY uniform traffic tickets).
 */
export const expectedTicketSchema = z.object({
  jurisdiction: jurisdictionSchema,
  offenceCategory: offenceCategorySchema,
  statute: z.enum(['CSR', 'HTA', 'VTL']),
  section: z.string().regex(/^[0-9]+(\.[0-9]+)?(-[a-z])?(\([0-9a-z.]+\))*$/),
  ticketNumber: z.string().regex(/^[0-9A-Z]+$/),
  issuedOn: isoDateSchema,
  fineCents: z.number().int().positive().nullable(),
  totalPayableCents: z.number().int().positive().nullable(),
  currency: z.enum(['CAD', 'USD']),
  speed: speedSchema.nullable(),
  location: z.string().min(1),
  court: z.string().min(1).nullable(),
  printedRespondBy: isoDateSchema.nullable(),
});
export type ExpectedTicket = z.infer<typeof expectedTicketSchema>;
