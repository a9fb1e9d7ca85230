import { describe, expect, it } from 'vitest';
import { instantInTimeZone } from './instant-in-time-zone.js';

describe('instantInTimeZone', () => {
  it('reads a wall-clock time in the court zone, DST included', () => {
    expect(instantInTimeZone('2026-12-03', '09:30', 'America/Montreal').toISOString()).toBe('2026-12-03T14:30:00.000Z');
    expect(instantInTimeZone('2026-07-03', '09:30', 'America/Toronto').toISOString()).toBe('2026-07-03T13:30:00.000Z');
    expect(instantInTimeZone('2026-11-01', '12:00', 'America/New_York').toISOString()).toBe('2026-11-01T17:00:00.000Z');
  });
});
