import { describe, expect, it } from 'vitest';
import type { ExpectedTicket } from './expected-ticket-schema.js';
import { scoreTicketReading } from './score-ticket-reading.js';

const expected: ExpectedTicket = {
  jurisdiction: 'NY',
  offenceCategory: 'speeding',
  statute: 'VTL',
  section: '1180(d)',
  ticketNumber: 'BR2782958N',
  issuedOn: '2026-09-18',
  fineCents: null,
  totalPayableCents: null,
  currency: 'USD',
  speed: { recorded: 42, limit: 30, unit: 'mph' },
  location: 'HYLAN BLVD @ RICHMOND AVE, Staten Island',
  court: 'NYS DMV Traffic Violations Bureau',
  printedRespondBy: null,
};

const byField = (scores: ReturnType<typeof scoreTicketReading>) => Object.fromEntries(scores.map((s) => [s.field, s]));

describe('scoreTicketReading', () => {
  it('counts an exact reading correct on every field, and says which values are printed', () => {
    const scores = byField(scoreTicketReading(expected, { ...expected }));
    expect(Object.values(scores).every((s) => s.correct)).toBe(true);
    expect(scores.fineCents.expectedPrinted).toBe(false);
    expect(scores.section.expectedPrinted).toBe(true);
  });

  it('forgives formatting of sections, ticket numbers and locations, nothing else', () => {
    const scores = byField(
      scoreTicketReading(expected, {
        ...expected,
        section: '1180 D',
        ticketNumber: 'br 2782958-n',
        location: 'Hylan Blvd at Richmond Ave',
        issuedOn: '2026-09-17',
      }),
    );
    expect(scores.section.correct).toBe(true);
    expect(scores.ticketNumber.correct).toBe(true);
    expect(scores.location.correct).toBe(true);
    expect(scores.issuedOn.correct).toBe(false);
    const location = (read: string) => byField(scoreTicketReading(expected, { location: read })).location.correct;
    expect(location('HYLAN BLVD @ RICHMOND AVE')).toBe(true);
    expect(location('Hylan Blvd, Staten Island')).toBe(false);
    expect(location('VICTORY BLVD @ FOREST AVE, Staten Island')).toBe(false);
    expect(location('HYLAN BLVD @ RICHMOND AVE, STATEN ISLAND — PCT 122, RADAR, CLEAR DRY')).toBe(false);
  });

  it('counts null read for a value the form does not print as correct, and a guess as wrong', () => {
    expect(byField(scoreTicketReading(expected, { fineCents: null })).fineCents.correct).toBe(true);
    expect(byField(scoreTicketReading(expected, { fineCents: 0 })).fineCents.correct).toBe(false);
    expect(byField(scoreTicketReading({ ...expected, fineCents: 15000 }, { fineCents: null })).fineCents.correct).toBe(false);
  });

  it('scores a missing reading (not a ticket, unreadable) as nothing read', () => {
    const scores = scoreTicketReading(expected, null);
    expect(scores.filter((s) => s.correct).map((s) => s.field)).toEqual(['fineCents', 'totalPayableCents']);
  });

  it('compares speeds on both numbers and the unit', () => {
    expect(byField(scoreTicketReading(expected, { speed: { recorded: 42, limit: 30, unit: 'km/h' } })).speed.correct).toBe(false);
    expect(byField(scoreTicketReading(expected, { speed: { recorded: 42, limit: 30, unit: 'mph' } })).speed.correct).toBe(true);
  });
});
