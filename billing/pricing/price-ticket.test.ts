import { describe, expect, it } from 'vitest';
import type { PricingGrid } from './pricing-grid.js';
import { priceTicket } from './price-ticket.js';

const noCategories = { defaultFeeCents: 30_000, categories: {}, surcharges: {} };
const grid: PricingGrid = {
  version: 'test-1',
  jurisdictions: {
    QC: {
      defaultFeeCents: 25_000,
      categories: {
        speeding: [
          { maxPoints: 2, feeCents: 19_900 },
          { maxPoints: 4, feeCents: 29_900 },
          { maxPoints: null, feeCents: 39_900 },
        ],
        // Bounded last band: more points than it holds.
        red_light: [
          { maxPoints: 1, feeCents: 10_000 },
          { maxPoints: 3, feeCents: 20_000 },
        ],
      },
      surcharges: { urgent: { withinDays: 5, kind: 'fixed', amountCents: 5000 } },
    },
    ON: { ...noCategories, surcharges: { urgent: { withinDays: 3, kind: 'percent', rate: '12.5' } } },
    NY: noCategories,
  },
};

const notUrgent = { daysLeft: 20, past: false };
const qcSpeeding = (demeritPoints: number | null) =>
  priceTicket({ grid, ticket: { jurisdiction: 'QC', offenceCategory: 'speeding', demeritPoints }, deadline: notUrgent });

describe('priceTicket', () => {
  it('picks the first band whose maxPoints holds the points, boundaries included', () => {
    expect([0, 2, 3, 4, 5, 12].map((points) => qcSpeeding(points).feeCents)).toEqual([19_900, 19_900, 29_900, 29_900, 39_900, 39_900]);
    expect(qcSpeeding(3)).toEqual({ feeLines: [{ code: 'base', amountCents: 29_900 }], feeCents: 29_900, pricingVersion: 'test-1' });
  });

  it('prices unknown points as 0 points, not as the top band', () => {
    expect(qcSpeeding(null).feeCents).toBe(19_900);
  });

  it('charges the last band for points above a bounded last band', () => {
    const price = (demeritPoints: number) =>
      priceTicket({ grid, ticket: { jurisdiction: 'QC', offenceCategory: 'red_light', demeritPoints }, deadline: notUrgent }).feeCents;
    expect([1, 3, 4, 9].map(price)).toEqual([10_000, 20_000, 20_000, 20_000]);
  });

  it('uses the jurisdiction default fee for a category the grid does not list', () => {
    const ticket = { jurisdiction: 'QC', offenceCategory: 'seatbelt', demeritPoints: 3 } as const;
    expect(priceTicket({ grid, ticket, deadline: notUrgent }).feeLines).toEqual([{ code: 'base', amountCents: 25_000 }]);
  });

  it('adds a fixed urgent surcharge within withinDays, and not one day later', () => {
    const ticket = { jurisdiction: 'QC', offenceCategory: 'speeding', demeritPoints: 1 } as const;
    const at = (daysLeft: number | null, past = false) => priceTicket({ grid, ticket, deadline: { daysLeft, past } });
    expect(at(5)).toEqual({
      feeLines: [
        { code: 'base', amountCents: 19_900 },
        { code: 'urgent', amountCents: 5000 },
      ],
      feeCents: 24_900,
      pricingVersion: 'test-1',
    });
    expect(at(0).feeCents).toBe(24_900);
    expect(at(6).feeLines).toEqual([{ code: 'base', amountCents: 19_900 }]);
    expect(at(null).feeCents).toBe(19_900);
  });

  it('treats a past deadline as urgent', () => {
    const ticket = { jurisdiction: 'QC', offenceCategory: 'speeding', demeritPoints: 1 } as const;
    expect(priceTicket({ grid, ticket, deadline: { daysLeft: -3, past: true } }).feeCents).toBe(24_900);
    expect(priceTicket({ grid, ticket, deadline: { daysLeft: null, past: true } }).feeCents).toBe(24_900);
  });

  it('adds a percent urgent surcharge of the base fee, rounded half-up', () => {
    const ticket = { jurisdiction: 'ON', offenceCategory: 'other', demeritPoints: null } as const;
    // 12.5 % of 30 000 = 3750; of 30 004 = 3750.5 → 3751.
    expect(priceTicket({ grid, ticket, deadline: { daysLeft: 3, past: false } }).feeLines).toEqual([
      { code: 'base', amountCents: 30_000 },
      { code: 'urgent', amountCents: 3750 },
    ]);
    const odd: PricingGrid = { ...grid, jurisdictions: { ...grid.jurisdictions, ON: { ...grid.jurisdictions.ON, defaultFeeCents: 30_004 } } };
    expect(priceTicket({ grid: odd, ticket, deadline: { daysLeft: 3, past: false } }).feeCents).toBe(30_004 + 3751);
    expect(priceTicket({ grid, ticket, deadline: { daysLeft: 4, past: false } }).feeLines).toHaveLength(1);
  });

  it('adds nothing when the jurisdiction has no urgent surcharge', () => {
    const ticket = { jurisdiction: 'NY', offenceCategory: 'speeding', demeritPoints: 3 } as const;
    expect(priceTicket({ grid, ticket, deadline: { daysLeft: -1, past: true } }).feeLines).toEqual([{ code: 'base', amountCents: 30_000 }]);
  });
});
