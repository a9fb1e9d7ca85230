const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * A YYYY-MM-DD calendar date as a whole day number (days since 1970-01-01),
 * or null when it is not a real date ("2025-02-30"). Counting in UTC days
 * keeps daylight-saving changes out of deadline arithmetic.
 */
export function parseCalendarDate(value: string | null | undefined): number | null {
  const match = value ? ISO_DATE.exec(value) : null;
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return time / MS_PER_DAY;
}
