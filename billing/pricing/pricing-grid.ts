import { z } from 'zod';
import { jurisdictionSchema, offenceCategorySchema } from '../../tickets/ticket-schema.js';
import { PERCENT_RATE_PATTERN } from '../taxes/apply-percent-rate.js';

/** Money in the jurisdiction's currency (CAD for QC and ON, USD for NY), integer cents. */
const centsSchema = z.number().int().nonnegative();
const percentRateSchema = z.string().regex(PERCENT_RATE_PATTERN, 'a decimal percentage such as "10" or "7.5"');

/** Tickets with up to `maxPoints` demerit points cost `feeCents`; `null` takes any number of points. */
export const demeritBandSchema = z.strictObject({
  maxPoints: z.number().int().nonnegative().nullable(),
  feeCents: centsSchema,
});

/**
 * Bands in increasing maxPoints, the open-ended (null) band last: a ticket
 * takes the first band that holds its points, so any other order would leave
 * a band unreachable.
 */
export const demeritBandsSchema = z
  .array(demeritBandSchema)
  .min(1)
  .superRefine((bands, context) => {
    bands.forEach((band, index) => {
      const previous = index > 0 ? bands[index - 1] : null;
      if (previous && (previous.maxPoints === null || (band.maxPoints !== null && band.maxPoints <= previous.maxPoints))) {
        context.addIssue({
          code: 'custom',
          path: [index, 'maxPoints'],
          message: 'bands must be in increasing maxPoints, with the null (any points) band last',
        });
      }
    });
  });

/** Added when the response deadline is within `withinDays` days or already past. */
export const urgentSurchargeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ withinDays: z.number().int().nonnegative(), kind: z.literal('fixed'), amountCents: centsSchema }),
  /** A percentage of the base fee. */
  z.strictObject({ withinDays: z.number().int().nonnegative(), kind: z.literal('percent'), rate: percentRateSchema }),
]);

export const jurisdictionPricingSchema = z.strictObject({
  /** The fee for an offence category the grid does not list. */
  defaultFeeCents: centsSchema,
  categories: z.partialRecord(offenceCategorySchema, demeritBandsSchema),
  surcharges: z.strictObject({ urgent: urgentSurchargeSchema.optional() }),
});

/** The firm's fees; see PRICING.md. */
export const pricingGridSchema = z.strictObject({
  /** Copied onto every quote, so a later grid never rewrites an old price. */
  version: z.string().min(1),
  /** Free text for whoever edits the file. */
  notes: z.string().optional(),
  jurisdictions: z.record(jurisdictionSchema, jurisdictionPricingSchema),
});

export type DemeritBand = z.infer<typeof demeritBandSchema>;
export type UrgentSurcharge = z.infer<typeof urgentSurchargeSchema>;
export type JurisdictionPricing = z.infer<typeof jurisdictionPricingSchema>;
export type PricingGrid = z.infer<typeof pricingGridSchema>;
