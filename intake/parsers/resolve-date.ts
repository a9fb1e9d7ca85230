import type { FoundDate } from './find-dates.js';

export interface ResolveDateOptions {
  found: FoundDate;
  /** YYYY-MM-DD */
  today: string;
  /** An offence date is not in the future; an answer date may be. */
  future: boolean;
}

/**
 * A found date as YYYY-MM-DD. A day and month without a year ("Oct 4", "le 4
 * octobre") is the most recent such day that is not after today (or, for a
 * date to come, the next one from today). Null when no reading fits.
 */
export function resolveDate({ found, today, future }: ResolveDateOptions): string | null {
  if (found.withoutYear) {
    const { month, day } = found.withoutYear;
    const year = Number(today.slice(0, 4));
    const candidates = [year - 1, year, year + 1].map((y) => `${y}-${pad(month)}-${pad(day)}`).filter(isRealDate);
    return future ? (candidates.find((date) => date >= today) ?? null) : (candidates.filter((date) => date <= today).at(-1) ?? null);
  }
  return found.candidates.find((date) => future || date <= today) ?? null;
}

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
