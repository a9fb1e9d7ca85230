import { foldKeepingLength } from './fold-keeping-length.js';

const DAYS_AGO: ReadonlyArray<[RegExp, number]> = [
  [/\b(today|this morning|tonight|aujourd.?hui|ce matin|ce soir|hoy|esta manana|esta noche)\b/, 0],
  [/\b(yesterday|hier|ayer)\b/, 1],
  [/\b(day before yesterday|avant.hier|anteayer|antier)\b/, 2],
];

/** "today", "yesterday", "hier", "ayer"… as YYYY-MM-DD counted back from `today`; null when none is said. */
export function findRelativeDate({ text, today }: { text: string; today: string }): string | null {
  const folded = foldKeepingLength(text);
  // The longer phrase first: "avant-hier" holds "hier".
  const match = [...DAYS_AGO].reverse().find(([pattern]) => pattern.test(folded));
  if (!match) return null;
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - match[1]);
  return date.toISOString().slice(0, 10);
}
