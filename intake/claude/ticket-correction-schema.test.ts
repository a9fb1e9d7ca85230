import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Ticket } from '../../tickets/ticket-schema.js';
import { ticketCorrectionSchema, type TicketCorrection } from './ticket-correction-schema.js';

type CorrectableField =
  | 'issuedOn'
  | 'fineCents'
  | 'totalPayableCents'
  | 'ticketNumber'
  | 'location'
  | 'court'
  | 'section'
  | 'statute'
  | 'offenceCategory'
  | 'speed'
  | 'demeritPoints'
  | 'jurisdiction';

describe('ticketCorrectionSchema', () => {
  it('is the contract both correction readers return', () => {
    expectTypeOf<TicketCorrection>().toEqualTypeOf<{ changes: Partial<Pick<Ticket, CorrectableField>>; understood: boolean }>();
  });

  it('accepts changes in the canonical formats', () => {
    const correction = { changes: { fineCents: 25000, issuedOn: '2025-10-04', speed: { recorded: 72, limit: 50, unit: 'km/h' } }, understood: true };
    expect(ticketCorrectionSchema.parse(correction)).toEqual(correction);
    expect(ticketCorrectionSchema.parse({ changes: {}, understood: false })).toEqual({ changes: {}, understood: false });
  });

  it('drops fields a correction may not change and rejects values outside the formats', () => {
    expect(ticketCorrectionSchema.parse({ changes: { currency: 'USD', confidence: 1, fineCents: 100 }, understood: true })).toEqual({ changes: { fineCents: 100 }, understood: true });
    expect(ticketCorrectionSchema.safeParse({ changes: { fineCents: 250.5 }, understood: true }).success).toBe(false);
    expect(ticketCorrectionSchema.safeParse({ changes: { issuedOn: '4 octobre' }, understood: true }).success).toBe(false);
    expect(ticketCorrectionSchema.safeParse({ changes: { jurisdiction: 'AB' }, understood: true }).success).toBe(false);
    expect(ticketCorrectionSchema.safeParse({ changes: {} }).success).toBe(false);
  });
});
