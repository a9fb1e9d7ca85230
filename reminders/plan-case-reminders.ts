import { instantInTimeZone } from '../tickets/instant-in-time-zone.js';
import { addCalendarDays } from './add-calendar-days.js';
import type { PlannedReminder } from './reminder-kinds.js';

/** Reminders go at 10:00 local: awake, at work, well inside the allowed hours. */
const REMINDER_TIME = '10:00';
/** The morning of the hearing: the first minute SMS is allowed. */
const HEARING_DAY_TIME = '08:00';

const future = (now: Date) => (reminder: PlannedReminder) => reminder.dueAt.getTime() > now.getTime();

/** 7 and 2 days before the date to answer the ticket, at 10:00 where the court is; those already past are dropped. */
export function planPleaReminders({ respondBy, timeZone, now }: { respondBy: string; timeZone: string; now: Date }): PlannedReminder[] {
  return [
    { kind: 'plea7' as const, dueAt: instantInTimeZone(addCalendarDays(respondBy, -7), REMINDER_TIME, timeZone) },
    { kind: 'plea2' as const, dueAt: instantInTimeZone(addCalendarDays(respondBy, -2), REMINDER_TIME, timeZone) },
  ].filter(future(now));
}

/**
 * 7 days and 1 day before the hearing at 10:00, and the morning of at 08:00 —
 * unless the hearing itself is at 08:00 or earlier (the day-before reminder covers it).
 */
export function planHearingReminders({ date, time, timeZone, now }: { date: string; time: string; timeZone: string; now: Date }): PlannedReminder[] {
  const hearingAt = instantInTimeZone(date, time, timeZone);
  const reminders: PlannedReminder[] = [
    { kind: 'hearing7', dueAt: instantInTimeZone(addCalendarDays(date, -7), REMINDER_TIME, timeZone) },
    { kind: 'hearing1', dueAt: instantInTimeZone(addCalendarDays(date, -1), REMINDER_TIME, timeZone) },
  ];
  const morning = instantInTimeZone(date, HEARING_DAY_TIME, timeZone);
  if (morning.getTime() < hearingAt.getTime()) reminders.push({ kind: 'hearingDay', dueAt: morning });
  return reminders.filter(future(now));
}
