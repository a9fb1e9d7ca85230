import { instantInTimeZone } from '../tickets/instant-in-time-zone.js';
import { todayInTimeZone } from '../tickets/today-in-time-zone.js';
import { addCalendarDays } from './add-calendar-days.js';

/** No SMS or WhatsApp of our own between 21:00 and 08:00 where the case is. */
export const QUIET_HOURS = { from: 21, until: 8 } as const;

function localHour(at: Date, timeZone: string): number {
  return Number(new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: '2-digit' }).format(at));
}

/** True between 21:00 and 08:00 local time. */
export function isInQuietHours({ at, timeZone }: { at: Date; timeZone: string }): boolean {
  const hour = localHour(at, timeZone);
  return hour >= QUIET_HOURS.from || hour < QUIET_HOURS.until;
}

/** The next 08:00 local time after `at` (the same morning after midnight, the next one in the evening). */
export function endOfQuietHours({ at, timeZone }: { at: Date; timeZone: string }): Date {
  const today = todayInTimeZone(at, timeZone);
  const morning = instantInTimeZone(today, `0${QUIET_HOURS.until}:00`, timeZone);
  return morning.getTime() > at.getTime() ? morning : instantInTimeZone(addCalendarDays(today, 1), `0${QUIET_HOURS.until}:00`, timeZone);
}
