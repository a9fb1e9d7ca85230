/**
 * What the service reminds a driver of without being asked. plea7 / plea2: the
 * days before the date to answer the ticket (until a lawyer has the case);
 * hearing7 / hearing1 / hearingDay: before the hearing.
 */
export const REMINDER_KINDS = ['plea7', 'plea2', 'hearing7', 'hearing1', 'hearingDay'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const PLEA_REMINDER_KINDS: readonly ReminderKind[] = ['plea7', 'plea2'];
export const HEARING_REMINDER_KINDS: readonly ReminderKind[] = ['hearing7', 'hearing1', 'hearingDay'];

export interface PlannedReminder {
  kind: ReminderKind;
  dueAt: Date;
}
