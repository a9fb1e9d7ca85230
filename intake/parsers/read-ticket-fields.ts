import type { TicketReading } from '../ticket-reading.js';
import { categoryFromWords } from '../../tickets/offences/category-from-words.js';
import { normalizeSection } from '../../tickets/offences/normalize-section.js';
import { classifyReadOffence } from './classify-read-offence.js';
import { findAmountBreakdown } from './find-amount-breakdown.js';
import { findAmounts } from './find-amounts.js';
import { findDates, type DateOrder, type FoundDate } from './find-dates.js';
import { findLabelledValue } from './find-labelled-value.js';
import { findPlaces } from './find-places.js';
import { findSpeed } from './find-speed.js';
import { foldKeepingLength } from './fold-keeping-length.js';
import type { FormProfile } from './form-profile.js';
import { repairOcrDigits } from './repair-ocr-digits.js';

const MAX_OFFENCE_AGE_YEARS = 3;
const MIN_TICKET_AMOUNT_CENTS = 1000;

export type TicketFields = Omit<TicketReading, 'isTicket' | 'ticketCount' | 'otherJurisdiction' | 'confidence'>;

// A ticket number: letters and digits, mostly digits, maybe in groups.
const TICKET_NUMBER = /(?<![A-Za-z0-9])([A-Z]{0,3}[ -]?\d[\dA-Z -]{4,18}[\dA-Z])(?![A-Za-z0-9])/g;
const STATUTE_THEN_NUMBER = /\b(?:h\.?\s?t\.?\s?a|c\.?\s?s\.?\s?r|v\.?\s?t\.?\s?l)\b\.?\s*[|/]?\s*((?:s\.|sect?\.?|art\.?|§)?\s*\d.{0,20})/i;
const OFFENCE_WORDS =
  /exces de vitesse|vitesse|speeding|\bspeed\b|feu rouge|red light|red signal|stop sign|\barret\b|cellulaire|telephone|cell ?phone|hand.?held|ceinture|seat ?belt|imprudent|careless|reckless|ceder le passage|fail(ed|ure)? to yield|disobey/;

/**
 * The fields one ticket form prints, read by its labels. Amounts need a "$"
 * or cents to count (a stray "FINE 0" in the text is no fine); an offence
 * date in the future is not the offence date. Nothing is filled in that the
 * text does not show.
 */
export function readTicketFields({ text, profile, today }: { text: string; profile: FormProfile; today: string }): TicketFields {
  // "|" is what OCR makes of a box's edge, or of the slash between a label and its translation.
  const lines = repairOcrDigits({ text: text.replace(/\|/g, ' / ') })
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').replace(/^[\s/]+|[\s/]+$/g, '').trim())
    .filter(Boolean);
  const foldedLines = lines.map(foldKeepingLength);
  const joined = lines.join('\n');
  const foldedJoined = foldedLines.join('\n');
  const { labels } = profile;
  const allLabels = Object.values(labels).flat();
  const findWithRow = <T>(preferred: readonly RegExp[], read: (segment: string) => T[], near?: number) => {
    for (const label of preferred) {
      const found = findLabelledValue({ lines, foldedLines, label, allLabels, read, near });
      if (found !== null) return found;
    }
    return null;
  };
  const find = <T>(preferred: readonly RegExp[], read: (segment: string) => T[]): T | null => findWithRow(preferred, read)?.value ?? null;

  const dateOrder = readPrintedDateOrder(foldedJoined) ?? profile.dateOrder;
  const readDates = (segment: string) => findDates({ text: segment, order: dateOrder });
  const printedRespondBy = pickDate(find(labels.respondBy, readDates), { notBefore: null, notAfter: null });
  // An offence is not in the future, nor years old (a birth date is).
  const offenceWindow = { notBefore: shiftYears(today, -MAX_OFFENCE_AGE_YEARS), notAfter: today };
  let issuedOn = pickDate(find(labels.issuedOn, readDates), offenceWindow);
  if (!issuedOn) {
    // An unlabelled date is the offence date only when it is the one such date printed.
    const others = findDates({ text: joined, order: dateOrder })
      .map((date) => pickDate(date, offenceWindow))
      .filter((date): date is string => date !== null && date !== printedRespondBy);
    if (new Set(others).size === 1) issuedOn = others[0];
  }

  // No ticket's fine or total is under ten dollars: a smaller amount is OCR's debris.
  const readMoney = (segment: string) =>
    findAmounts({ text: segment })
      .map((amount) => amount.cents)
      .filter((cents) => cents >= MIN_TICKET_AMOUNT_CENTS);
  const breakdown = findAmountBreakdown({ lines, foldedLines, fineLabels: labels.fine, feeLabels: labels.fees });
  const statute = profile.statutes.find(([pattern]) => pattern.test(foldedJoined))?.[1] ?? null;
  const readSection = (segment: string) => {
    // NY forms box the subsection apart: "Section 1180 Sub D".
    const raw = segment.replace(/\bsub[- ]?(?:section|div(?:ision)?|sec)?\.?\s*/gi, '').slice(0, 60);
    // "(VTL §226, §510, §1806-a)" is a warning's list of sections, not the charge.
    if (/\d[^,\d]{0,6},\s*§?\s*\d/.test(raw)) return [];
    const read = /\d/.test(raw) ? normalizeSection({ jurisdiction: profile.jurisdiction ?? 'QC', raw }) : null;
    // Sections charged on tickets have two digits at least; a lone digit is OCR's reading of a slash.
    return read && /^\d{2}/.test(read) ? [read] : [];
  };
  // Failing a label, the statute's abbreviation just before the number says it is a section ("H.T.A. 106(2)").
  const section =
    find(labels.section, readSection) ??
    findStatuteSection({ lines, readSection }) ??
    findUnlabelledSection({ text: joined, shape: profile.sectionShape, jurisdiction: profile.jurisdiction });
  const offenceText = find(labels.offence, (segment) => cleanWords(segment)) ?? findOffenceLine({ lines, foldedLines });
  const speed = findSpeed({ text: joined, defaultUnit: profile.unit });
  const offence = classifyReadOffence({
    jurisdiction: profile.jurisdiction,
    statute,
    section,
    // A camera ticket says so somewhere ("cinémomètre photographique", "Notice of Liability"), not always in the offence's words.
    text: [offenceText, speed ? 'speeding' : null, categoryFromWords(foldedJoined) === 'camera' ? 'camera' : null].filter(Boolean).join(' ') || null,
  });

  function readTicketNumber(): string | null {
    const shape = profile.ticketNumberShape;
    const labelled = find(labels.ticketNumber, (segment) => {
      // A number of the form's shape inside the value is the number; what is around it is a neighbouring box.
      const shaped = shape ? readShaped(segment, shape) : [];
      if (shaped.length > 0 || shape?.strict) return shaped;
      return readTicketNumbers(segment);
    });
    return labelled ?? findUnlabelledTicketNumber({ text: joined, shape });
  }

  function readLocation(): string | null {
    const street = findWithRow(labels.location, cleanWords);
    const municipality = findWithRow(labels.municipality, readPlaceName, street?.row);
    if (!street) return null;
    // A known place inside the value is the place; the rest is the next box ("BRONX TRAFFIC INFRACTION").
    const place = municipality ? (findPlaces({ text: municipality.value })[0]?.written ?? municipality.value) : undefined;
    return place && !foldKeepingLength(street.value).includes(foldKeepingLength(place)) ? `${street.value}, ${place}` : street.value;
  }

  return {
    jurisdiction: profile.jurisdiction,
    offenceText,
    offenceCategory: offence.category,
    statute,
    section: offence.section,
    ticketNumber: readTicketNumber(),
    issuedOn,
    fineCents: find(labels.fine, readMoney) ?? breakdown?.fineCents ?? null,
    totalPayableCents: find(labels.total, readMoney) ?? breakdown?.totalCents ?? null,
    demeritPoints: find(labels.demeritPoints, (segment) => {
      const points = /^\W{0,4}(\d{1,2})(?!\d)/.exec(segment);
      return points && Number(points[1]) <= 15 ? [Number(points[1])] : [];
    }),
    speed,
    location: readLocation(),
    court: find(labels.court, cleanWords) ?? findCourtName({ lines, foldedLines, patterns: profile.courtNames }),
    printedRespondBy,
  };
}

/** A form that prints its date format ("MM/DD/YYYY", "JJ/MM/AAAA") settles the order. */
function readPrintedDateOrder(folded: string): DateOrder | null {
  if (/\bmm ?\/ ?dd\b|\bm ?\/ ?d ?\/ ?y/.test(folded)) return 'MDY';
  if (/\b(dd|jj) ?\/ ?mm\b|\b(d|j) ?\/ ?m ?\/ ?(y|a)\b/.test(folded)) return 'DMY';
  return null;
}

function pickDate(found: FoundDate | null, { notBefore, notAfter }: { notBefore: string | null; notAfter: string | null }): string | null {
  if (!found) return null;
  return found.candidates.find((candidate) => (notAfter === null || candidate <= notAfter) && (notBefore === null || candidate >= notBefore)) ?? null;
}

function shiftYears(iso: string, years: number): string {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}

function readTicketNumbers(segment: string): string[] {
  return [...segment.toUpperCase().matchAll(TICKET_NUMBER)]
    .map((match) => match[1].replace(/[ -]/g, ''))
    .filter((value) => (value.match(/\d/g) ?? []).length >= 5 && value.length <= 16);
}

/** The words after a label, without the punctuation OCR puts around them, nor a checkbox and what follows it. */
function cleanWords(segment: string): string[] {
  const words = segment
    .replace(/\s\[[^\]]{0,2}\].*$/, '')
    .replace(/^[\s:;.,#°*|_\-–—/([]+/, '')
    .replace(/[\s:;,|_\-–—/)\]]+$/, '')
    .trim();
  return /[A-Za-zÀ-ÿ]{2}/.test(words) && words.length <= 120 ? [words] : [];
}

function findUnlabelledSection({ text, shape, jurisdiction }: { text: string; shape: RegExp | null; jurisdiction: FormProfile['jurisdiction'] }): string | null {
  if (!shape || !jurisdiction) return null;
  const found = new Set([...text.matchAll(new RegExp(shape.source, 'gi'))].map((match) => normalizeSection({ jurisdiction, raw: match[0] })));
  return found.size === 1 ? [...found][0] : null;
}

function findStatuteSection({ lines, readSection }: { lines: string[]; readSection: (segment: string) => string[] }): string | null {
  for (const line of lines) {
    const match = STATUTE_THEN_NUMBER.exec(line);
    const read = match ? readSection(match[1]) : [];
    if (read.length > 0) return read[0];
  }
  return null;
}

/** A place's name among other values ("19/11/2024 23 h 05 Drummondville"): the first run of words without digits. */
function readPlaceName(segment: string): string[] {
  const words = cleanWords(segment)[0]?.split(' ') ?? [];
  const runs: string[][] = [[]];
  for (const word of words) {
    if (/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’.-]+$/.test(word)) runs.at(-1)!.push(word);
    else if (runs.at(-1)!.length > 0) runs.push([]);
  }
  const name = runs.find((run) => run.length > 0)?.join(' ');
  return name ? [name] : [];
}

function findOffenceLine({ lines, foldedLines }: { lines: string[]; foldedLines: string[] }): string | null {
  const row = foldedLines.findIndex((line) => OFFENCE_WORDS.test(line));
  return row >= 0 ? (cleanWords(lines[row])[0] ?? null) : null;
}

/**
 * The whole line naming a court ("Ontario Court of Justice, Provincial
 * Offences Court — Toronto"); a heading rather than a sentence that mentions
 * one ("…in person at a Traffic Violations Bureau office").
 */
function findCourtName({ lines, foldedLines, patterns }: { lines: string[]; foldedLines: string[]; patterns: readonly RegExp[] }): string | null {
  for (const pattern of patterns) {
    const rows = foldedLines.map((line, row) => (pattern.test(line) ? row : -1)).filter((row) => row >= 0);
    const heading = rows.find((row) => lines[row].split(' ').length <= 10) ?? rows[0];
    if (heading !== undefined) return cleanWords(lines[heading])[0] ?? null;
  }
  return null;
}

function countDigitsWithin(value: string, [fewest, most]: readonly [number, number]): boolean {
  const digits = (value.match(/\d/g) ?? []).length;
  return digits >= fewest && digits <= most;
}

function readShaped(text: string, shape: NonNullable<FormProfile['ticketNumberShape']>): string[] {
  return [...text.toUpperCase().matchAll(new RegExp(shape.pattern.source, 'g'))]
    .map((match) => match[0].replace(/[ -]/g, ''))
    .filter((value) => countDigitsWithin(value, shape.digits));
}

function findUnlabelledTicketNumber({ text, shape }: { text: string; shape: FormProfile['ticketNumberShape'] }): string | null {
  if (!shape) return null;
  const found = new Set(readShaped(text, shape));
  return found.size === 1 ? [...found][0] : null;
}
