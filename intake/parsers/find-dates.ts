import { foldKeepingLength } from './fold-keeping-length.js';

export type DateOrder = 'DMY' | 'MDY';

export interface FoundDate {
  /** Readings as YYYY-MM-DD, the likelier first; two only when day and month could swap. */
  candidates: string[];
  /** Day and month when no year was written ("Oct 4", "le 4 octobre"). */
  withoutYear: { month: number; day: number } | null;
  index: number;
  end: number;
}

// French, English and Spanish month names and their printed abbreviations (folded).
const MONTHS: ReadonlyArray<[number, string]> = [
  [1, 'janvier|janv|january|jan|enero|ene'],
  [2, 'fevrier|fevr|fev|february|feb|febrero'],
  [3, 'mars|march|mar|marzo'],
  [4, 'avril|avr|april|apr|abril|abr'],
  [5, 'mai|may|mayo'],
  [6, 'juin|june|jun|junio'],
  [7, 'juillet|juil|july|jul|julio'],
  [8, 'aout|august|aug|agosto|ago'],
  [9, 'septembre|sept|september|sep|septiembre|setiembre'],
  [10, 'octobre|october|oct|octubre'],
  [11, 'novembre|november|nov|noviembre'],
  [12, 'decembre|december|dec|diciembre|dic'],
];
const MONTH = MONTHS.map(([, names]) => names).join('|');
const NUMBER_BY_MONTH = new Map(MONTHS.flatMap(([number, names]) => names.split('|').map((name) => [name, number] as const)));

// Also boxed as "2024 12 07", with what OCR leaves of the boxes between.
const YEAR_FIRST = /(?<!\d)(20\d{2})\s?[-/.]\s?(\d{1,2})\s?[-/.]\s?(\d{1,2})(?!\d)|(?<!\d)(20\d{2})[\s([/]{1,3}(\d{2})[\s([/]{1,3}(\d{2})(?![\d:])/g;
const YEAR_LAST = /(?<![\d.])(\d{1,2})\s?([-/.])\s?(\d{1,2})\s?\2\s?(20\d{2}|\d{2})(?![\d])/g;
const DAY_MONTH = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:er|st|nd|rd|th)?[\\s-]*(?:de\\s+)?(${MONTH})\\.?(?![a-z])(?:[\\s,-]*(?:de\\s+|del\\s+)?(20\\d{2}))?`,
  'g',
);
const MONTH_DAY = new RegExp(`(?<![a-z])(${MONTH})\\.?[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:[\\s,-]+(20\\d{2}))?`, 'g');

/**
 * Every date written in the text: "2024-10-04", "2024/10/04", "04/10/2024"
 * (day or month first as `order` says, unless one of them is over 12),
 * "4 octobre 2024", "October 4, 2024", "04-OCT-2024", "4 de octubre", "Oct 4".
 * Impossible dates (2024-02-30) are dropped; so is "04/10/2024" when no order
 * is given (it is still found, with no candidate, so it is not read as
 * something else).
 */
export function findDates({ text, order }: { text: string; order: DateOrder | null }): FoundDate[] {
  const folded = foldKeepingLength(text);
  const found: FoundDate[] = [];
  const taken: Array<[number, number]> = [];
  const add = (index: number, length: number, candidates: string[], withoutYear: FoundDate['withoutYear'] = null, ambiguous = false) => {
    const end = index + length;
    if (taken.some(([from, to]) => index < to && end > from)) return;
    if (candidates.length === 0 && !withoutYear && !ambiguous) return;
    taken.push([index, end]);
    found.push({ candidates, withoutYear, index, end });
  };

  for (const match of folded.matchAll(YEAR_FIRST)) {
    const [year, month, day] = match[1] ? [match[1], match[2], match[3]] : [match[4], match[5], match[6]];
    add(match.index, match[0].length, keepReal([[+year, +month, +day]]));
  }
  for (const match of folded.matchAll(YEAR_LAST)) {
    const [first, second, year] = [+match[1], +match[3], expandYear(match[4])];
    const dayFirst: [number, number, number] = [year, second, first];
    const monthFirst: [number, number, number] = [year, first, second];
    // Without an order, a date whose day and month could swap is not read.
    const readings = first === second ? [dayFirst] : order === 'MDY' ? [monthFirst, dayFirst] : order === 'DMY' ? [dayFirst, monthFirst] : [dayFirst, monthFirst];
    const real = unique(keepReal(readings));
    add(match.index, match[0].length, order || real.length === 1 ? real : [], null, real.length > 1);
  }
  for (const match of folded.matchAll(DAY_MONTH)) {
    addNamed(match.index, match[0].length, NUMBER_BY_MONTH.get(match[2])!, +match[1], match[3]);
  }
  for (const match of folded.matchAll(MONTH_DAY)) {
    addNamed(match.index, match[0].length, NUMBER_BY_MONTH.get(match[1])!, +match[2], match[3]);
  }
  return found.sort((a, b) => a.index - b.index);

  function addNamed(index: number, length: number, month: number, day: number, year: string | undefined) {
    if (year) add(index, length, keepReal([[+year, month, day]]));
    else if (isRealDate(2024, month, day)) add(index, length, [], { month, day });
  }
}

function expandYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

function keepReal(readings: Array<[number, number, number]>): string[] {
  return readings.filter(([y, m, d]) => isRealDate(y, m, d)).map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`);
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 2000 || year > 2099) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
