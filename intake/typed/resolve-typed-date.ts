import { findDates, type DateOrder } from '../parsers/find-dates.js';
import { foldKeepingLength } from '../parsers/fold-keeping-length.js';

const DAY_MS = 86_400_000;
const shift = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * The date a driver typed: "2026-10-04", "04/10/2026", "October 4", "le 4 octobre", "ayer".
 * Without a year, the most recent such day not after today (a ticket is in the
 * past), or with `ahead` the next one from today (a court date). A date on the
 * wrong side of today is refused: null, so the bot asks rather than guesses.
 */
export function resolveTypedDate({ text, today, order, ahead = false }: { text: string; today: string; order: DateOrder | null; ahead?: boolean }): string | null {
  const folded = foldKeepingLength(text);
  if (/\b(yesterday|hier|ayer)\b/.test(folded)) return shift(today, -1);
  if (/\b(today|aujourd'hui|hoy)\b/.test(folded)) return today;
  for (const found of findDates({ text, order })) {
    const candidate = found.candidates.find((date) => (ahead ? date >= today : date <= today));
    if (candidate) return candidate;
    if (found.withoutYear) {
      const { month, day } = found.withoutYear;
      const year = Number(today.slice(0, 4));
      for (const y of ahead ? [year, year + 1] : [year, year - 1]) {
        const iso = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const real = new Date(`${iso}T00:00:00Z`).getUTCDate() === day;
        if (real && (ahead ? iso >= today : iso <= today)) return iso;
      }
    }
  }
  return null;
}
