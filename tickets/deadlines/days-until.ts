import { todayInTimeZone } from '../today-in-time-zone.js';
import { parseCalendarDate } from './parse-calendar-date.js';

/** Whole days from today (in the court's zone) to a YYYY-MM-DD date; negative when past; null for no date. */
export function daysUntil({ date, now, timeZone }: { date: string | null; now: Date; timeZone: string }): number | null {
  const target = parseCalendarDate(date);
  return target === null ? null : target - parseCalendarDate(todayInTimeZone(now, timeZone))!;
}
