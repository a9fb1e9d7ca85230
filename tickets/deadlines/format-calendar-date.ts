const MS_PER_DAY = 86_400_000;

/** A day number from parseCalendarDate back to YYYY-MM-DD. */
export function formatCalendarDate(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}
