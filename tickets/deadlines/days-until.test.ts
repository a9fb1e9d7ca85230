import { describe, expect, it } from 'vitest';
import { daysUntil } from './days-until.js';

describe('daysUntil', () => {
  it('counts calendar days in the court zone, negative when past', () => {
    // 03:00Z on Nov 22 is still Nov 21 in Montréal.
    expect(daysUntil({ date: '2026-11-26', now: new Date('2026-11-22T03:00:00Z'), timeZone: 'America/Montreal' })).toBe(5);
    expect(daysUntil({ date: '2026-11-20', now: new Date('2026-11-22T03:00:00Z'), timeZone: 'America/Montreal' })).toBe(-1);
    expect(daysUntil({ date: null, now: new Date(), timeZone: 'America/Montreal' })).toBeNull();
  });
});
