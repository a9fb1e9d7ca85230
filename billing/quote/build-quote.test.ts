import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, OFFENCE_CATEGORIES } from '../../tickets/ticket-schema.js';
import defaultGrid from '../pricing/default-pricing-grid.json' with { type: 'json' };
import { pricingGridSchema } from '../pricing/pricing-grid.js';
import { buildQuote } from './build-quote.js';

const grid = pricingGridSchema.parse(defaultGrid);
const notUrgent = { daysLeft: 20, past: false };

describe('buildQuote', () => {
  it('quotes a Quebec ticket in CAD with GST and QST', () => {
    const ticket = { jurisdiction: 'QC', offenceCategory: 'speeding', demeritPoints: 3 } as const;
    expect(buildQuote({ grid, ticket, deadline: notUrgent })).toEqual({
      currency: 'CAD',
      feeCents: 29_900,
      taxes: [
        { name: 'GST', rate: '5', amountCents: 1495 },
        { name: 'QST', rate: '9.975', amountCents: 2983 }, // 2982.525
      ],
      totalCents: 34_378,
      feeLines: [{ code: 'base', amountCents: 29_900 }],
      taxRegion: 'QC',
      pricingVersion: 'default-2026-11',
    });
  });

  it('quotes an urgent Ontario ticket in CAD with HST on the surcharge too', () => {
    const ticket = { jurisdiction: 'ON', offenceCategory: 'red_light', demeritPoints: 3 } as const;
    expect(buildQuote({ grid, ticket, deadline: { daysLeft: 2, past: false } })).toEqual({
      currency: 'CAD',
      feeCents: 34_900,
      taxes: [{ name: 'HST', rate: '13', amountCents: 4537 }],
      totalCents: 39_437,
      feeLines: [
        { code: 'base', amountCents: 29_900 },
        { code: 'urgent', amountCents: 5000 },
      ],
      taxRegion: 'ON',
      pricingVersion: 'default-2026-11',
    });
  });

  it('quotes a New York ticket in USD without sales tax', () => {
    const ticket = { jurisdiction: 'NY', offenceCategory: 'speeding', demeritPoints: 4 } as const;
    expect(buildQuote({ grid, ticket, deadline: notUrgent })).toMatchObject({
      currency: 'USD',
      feeCents: 34_900,
      taxes: [],
      totalCents: 34_900,
      taxRegion: 'NY',
    });
  });

  it('taxes in the region given, keeping the ticket currency', () => {
    const ticket = { jurisdiction: 'QC', offenceCategory: 'camera', demeritPoints: null } as const;
    expect(buildQuote({ grid, ticket, deadline: notUrgent, taxRegion: 'ON' })).toMatchObject({
      currency: 'CAD',
      feeCents: 14_900,
      taxes: [{ name: 'HST', rate: '13', amountCents: 1937 }],
      totalCents: 16_837,
      taxRegion: 'ON',
    });
  });

  it('adds up for any ticket, deadline and tax region', () => {
    const ticketArb = fc.record({
      jurisdiction: fc.constantFrom(...JURISDICTIONS),
      offenceCategory: fc.constantFrom(...OFFENCE_CATEGORIES),
      demeritPoints: fc.option(fc.integer({ min: 0, max: 30 })),
    });
    const deadlineArb = fc
      .option(fc.integer({ min: -30, max: 60 }))
      .map((daysLeft) => ({ daysLeft, past: daysLeft !== null && daysLeft < 0 }));
    fc.assert(
      fc.property(ticketArb, deadlineArb, fc.option(fc.constantFrom(...JURISDICTIONS), { nil: undefined }), (ticket, deadline, taxRegion) => {
        const quote = buildQuote({ grid, ticket, deadline, taxRegion });
        const sum = (lines: { amountCents: number }[]) => lines.reduce((total, line) => total + line.amountCents, 0);
        expect(quote.feeCents).toBe(sum(quote.feeLines));
        expect(quote.totalCents).toBe(quote.feeCents + sum(quote.taxes));
        expect(quote.feeLines[0].code).toBe('base');
        expect(quote.taxRegion).toBe(taxRegion ?? ticket.jurisdiction);
        expect(quote.currency).toBe(ticket.jurisdiction === 'NY' ? 'USD' : 'CAD');
      }),
    );
  });
});
