import { instantInTimeZone } from '../../tickets/instant-in-time-zone.js';

/** The instant a calendar day (YYYY-MM-DD) begins in a time zone: "2026-11-01" in America/Montreal → 04:00Z. */
export function startOfDayInZone(isoDate: string, timeZone: string): Date {
  return instantInTimeZone(isoDate, '00:00', timeZone);
}
