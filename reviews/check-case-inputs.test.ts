import { describe, expect, it } from 'vitest';
import { checkHearingInput, checkOutcomeInput } from './check-case-inputs.js';

describe('hearing and outcome inputs', () => {
  it('a hearing needs a calendar day, a 24-hour time and a court; the room is short', () => {
    expect(checkHearingInput({ date: '2027-02-03', time: '09:30', court: 'Cour municipale', room: null })).toEqual([]);
    expect(checkHearingInput({ date: '2026-02-30', time: '9h', court: '  ', room: 'x'.repeat(51) })).toEqual(['date', 'time', 'court', 'room']);
  });

  it('a reduced charge needs new points or a new fine, each within bounds', () => {
    expect(checkOutcomeInput({ reduced: true, points: 2, fineCents: null })).toEqual([]);
    expect(checkOutcomeInput({ reduced: true, points: null, fineCents: null })).toEqual(['reducedNeedsDetail']);
    expect(checkOutcomeInput({ reduced: true, points: 31, fineCents: 100_000_001 })).toEqual(['points', 'fine']);
    expect(checkOutcomeInput({ reduced: false, points: null, fineCents: null })).toEqual([]);
  });
});
