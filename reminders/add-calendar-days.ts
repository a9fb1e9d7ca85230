/** "2026-11-01" + 3 → "2026-11-04": calendar days, no clock (so no daylight-saving hour). */
export function addCalendarDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}
