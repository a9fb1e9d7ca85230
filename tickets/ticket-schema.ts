import { z } from 'zod';

/**
 * The canonical ticket, shared by the whole project: the flows, the database
 * (Case.ticket), the staff API and the CLI. Its JSON names are a contract
 * (see the ticket-intake issue); change them only with a migration of stored
 * cases.
 */
export const JURISDICTIONS = ['QC', 'ON', 'NY'] as const;
export const jurisdictionSchema = z.enum(JURISDICTIONS);
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const OFFENCE_CATEGORIES = [
  'speeding',
  'red_light',
  'stop_sign',
  'handheld_device',
  'seatbelt',
  'careless_driving',
  'failure_to_yield',
  'camera',
  'other',
] as const;
export const offenceCategorySchema = z.enum(OFFENCE_CATEGORIES);
export type OffenceCategory = z.infer<typeof offenceCategorySchema>;

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const speedSchema = z.object({
  recorded: z.number().positive(),
  limit: z.number().positive(),
  unit: z.enum(['km/h', 'mph']),
});
export type Speed = z.infer<typeof speedSchema>;

export const ticketSchema = z.object({
  jurisdiction: jurisdictionSchema,
  offenceCategory: offenceCategorySchema,
  /** e.g. "CSR", "HTA", "VTL". */
  statute: z.string().min(1),
  /** As printed, e.g. "299", "128", "1180(d)". */
  section: z.string().min(1),
  ticketNumber: z.string().min(1).nullable(),
  issuedOn: isoDateSchema.nullable(),
  /** The fine printed on the ticket, not fees or the total. */
  fineCents: z.number().int().nonnegative().nullable(),
  totalPayableCents: z.number().int().nonnegative().nullable(),
  currency: z.enum(['CAD', 'USD']),
  demeritPoints: z.number().int().nonnegative().nullable(),
  speed: speedSchema.nullable(),
  location: z.string().min(1).nullable(),
  court: z.string().min(1).nullable(),
  respondBy: isoDateSchema.nullable(),
  /** 0..1, how sure the extraction is. */
  confidence: z.number().min(0).max(1),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const CURRENCY_BY_JURISDICTION: Record<Jurisdiction, 'CAD' | 'USD'> = { QC: 'CAD', ON: 'CAD', NY: 'USD' };
export const TIME_ZONE_BY_JURISDICTION: Record<Jurisdiction, string> = {
  QC: 'America/Montreal',
  ON: 'America/Toronto',
  NY: 'America/New_York',
};
