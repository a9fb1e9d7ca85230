import type { Ticket } from '../../tickets/ticket-schema.js';
import type { ResponseDeadline } from '../../tickets/deadlines/compute-response-deadline.js';
import type { FeeLine } from '../quote/price-quote.js';
import { applyPercentRate } from '../taxes/apply-percent-rate.js';
import type { DemeritBand, PricingGrid, UrgentSurcharge } from './pricing-grid.js';

export interface PriceTicketOptions {
  grid: PricingGrid;
  ticket: Pick<Ticket, 'jurisdiction' | 'offenceCategory' | 'demeritPoints'>;
  deadline: Pick<ResponseDeadline, 'daysLeft' | 'past'>;
}

export interface TicketPrice {
  /** 'base', then 'urgent' when the surcharge applies. */
  feeLines: FeeLine[];
  /** Σ feeLines, before taxes. */
  feeCents: number;
  pricingVersion: string;
}

/**
 * The band for a ticket's points. Unknown points are priced as 0 points (the
 * first band): a reading that missed the points must not cost the driver the
 * top band; the lawyer re-quotes once the points are known. Points beyond a
 * grid whose last band is bounded take that last, highest band.
 */
function bandFor(bands: DemeritBand[], points: number | null): DemeritBand {
  const wanted = points ?? 0;
  return bands.find((band) => band.maxPoints === null || wanted <= band.maxPoints) ?? bands[bands.length - 1];
}

function urgentApplies(surcharge: UrgentSurcharge, deadline: PriceTicketOptions['deadline']): boolean {
  return deadline.past || (deadline.daysLeft !== null && deadline.daysLeft <= surcharge.withinDays);
}

/** The firm's fee for defending one ticket, from the grid, before taxes. */
export function priceTicket({ grid, ticket, deadline }: PriceTicketOptions): TicketPrice {
  const pricing = grid.jurisdictions[ticket.jurisdiction];
  const bands = pricing.categories[ticket.offenceCategory];
  const baseCents = bands ? bandFor(bands, ticket.demeritPoints).feeCents : pricing.defaultFeeCents;
  const feeLines: FeeLine[] = [{ code: 'base', amountCents: baseCents }];

  const urgent = pricing.surcharges.urgent;
  if (urgent && urgentApplies(urgent, deadline)) {
    const amountCents = urgent.kind === 'fixed' ? urgent.amountCents : applyPercentRate({ amountCents: baseCents, rate: urgent.rate });
    feeLines.push({ code: 'urgent', amountCents });
  }

  const feeCents = feeLines.reduce((total, line) => total + line.amountCents, 0);
  if (!Number.isSafeInteger(feeCents)) throw new RangeError(`fee of ${feeCents} cents is too large to be exact`);
  return { feeLines, feeCents, pricingVersion: grid.version };
}
