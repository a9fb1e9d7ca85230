import { describe, expect, it } from 'vitest';
import { endOfQuietHours, isInQuietHours } from './quiet-hours.js';

const zone = 'America/Montreal';

describe('quiet hours', () => {
  it('21:00 to 08:00 local is quiet, 08:00 to 21:00 is not', () => {
    expect(isInQuietHours({ at: new Date('2026-11-22T01:59:00Z'), timeZone: zone })).toBe(false); // 20:59 EST
    expect(isInQuietHours({ at: new Date('2026-11-22T02:00:00Z'), timeZone: zone })).toBe(true); // 21:00 EST
    expect(isInQuietHours({ at: new Date('2026-11-22T12:59:00Z'), timeZone: zone })).toBe(true); // 07:59 EST
    expect(isInQuietHours({ at: new Date('2026-11-22T13:00:00Z'), timeZone: zone })).toBe(false); // 08:00 EST
  });

  it('what falls due at night goes at the next 08:00, the same morning after midnight, across daylight saving', () => {
    expect(endOfQuietHours({ at: new Date('2026-11-22T03:30:00Z'), timeZone: zone }).toISOString()).toBe('2026-11-22T13:00:00.000Z'); // 22:30 → 08:00 EST
    expect(endOfQuietHours({ at: new Date('2026-11-22T07:00:00Z'), timeZone: zone }).toISOString()).toBe('2026-11-22T13:00:00.000Z'); // 02:00 → 08:00
    // Saturday Oct 31, 2026 22:00 EDT → Sunday Nov 1 08:00 EST (the clocks went back at 02:00).
    expect(endOfQuietHours({ at: new Date('2026-11-01T02:00:00Z'), timeZone: zone }).toISOString()).toBe('2026-11-01T13:00:00.000Z');
    expect(endOfQuietHours({ at: new Date('2026-11-22T02:00:00Z'), timeZone: 'America/New_York' }).toISOString()).toBe('2026-11-22T13:00:00.000Z');
  });
});
