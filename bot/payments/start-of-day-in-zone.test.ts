import { describe, expect, it } from 'vitest';
import { startOfDayInZone } from './start-of-day-in-zone.js';

describe('startOfDayInZone', () => {
  it('gives midnight in the zone, winter and summer time, and across the DST changes', () => {
    expect(startOfDayInZone('2026-01-15', 'America/Montreal').toISOString()).toBe('2026-01-15T05:00:00.000Z');
    expect(startOfDayInZone('2026-07-01', 'America/Toronto').toISOString()).toBe('2026-07-01T04:00:00.000Z');
    expect(startOfDayInZone('2026-03-08', 'America/New_York').toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfDayInZone('2026-11-01', 'America/New_York').toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfDayInZone('2027-01-01', 'America/Montreal').toISOString()).toBe('2027-01-01T05:00:00.000Z');
  });
});
