import type { TicketReading } from '../ticket-reading.js';
import { normalizeSection } from '../../tickets/offences/normalize-section.js';
import { classifyReadOffence } from './classify-read-offence.js';
import { findAmounts } from './find-amounts.js';
import { findDates, type DateOrder, type FoundDate } from './find-dates.js';
import { findLabelledValue } from './find-labelled-value.js';
import { findSpeed } from './find-speed.js';
import { foldKeepingLength } from './fold-keeping-length.js';
import type { FormProfile } from './form-profile.js';
import { repairOcrDigits } from './repair-ocr-digits.js';

export type TicketFields = Omit<TicketReading, 'isTicket' | 'ticketCount' | 'otherJurisdiction' | 'confidence'>;

// A ticket number: letters and digits, mostly digits, maybe in groups.
const TICKET_NUMBER = /(?<![A-Za-z0-9])([A-Z]{0,3}[ -]?\d[\dA-Z -]{4,18}[\dA-Z])(?![A-Za-z0-9])/g;
const OFFENCE_WORDS =
  /exces de vitesse|vitesse|speeding|\bspeed\b|feu rouge|red light|red signal|stop sign|\barret\b|cellulaire|telephone|cell ?phone|hand.?held|ceinture|seat ?belt|imprudent|careless|reckless|ceder le passage|fail(ed|ure)? to yield|disobey/;

/**
 * The fields one ticket form prints, read by its labels. Amounts need a "$"
 * or cents to count (a stray "FINE 0" in the text is no fine); an offence
 * date in the future is not the offence date. Nothing is filled in that the
 * text does not show.
 */
export function readTicketFields({ text, profile, today }: { text: string; profile: FormProfile; today: string }): TicketFields {
  const lines = repairOcrDigits({ text })
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const foldedLines = lines.map(foldKeepingLength);
  const joined = lines.join('\n');
  const foldedJoined = foldedLines.join('\n');
  const { labels } = profile;
  const allLabels = Object.values(labels).flat();
  const find = <T>(preferred: readonly RegExp[], read: (segment: string) => T[]): T | null => {
    for (const label of preferred) {
      const value = findLabelledValue({ lines, foldedLines, label, allLabels, read });
      if (value !== null) return value;
    }
    return null;
  };

  const dateOrder = readPrintedDateOrder(foldedJoined) ?? profile.dateOrder;
  const readDates = (segment: string) => findDates({ text: segment, order: dateOrder });
  const printedRespondBy = pickDate(find(labels.respondBy, readDates), { notAfter: null });
  let issuedOn = pickDate(find(labels.issuedOn, readDates), { notAfter: today });
  if (!issuedOn) {
    // An unlabelled date is the offence date only when it is the one date printed.
    const others = findDates({ text: joined, order: dateOrder })
      .map((date) => pickDate(date, { notAfter: today }))
      .filter((date): date is string => date !== null && date !== printedRespondBy);
    if (new Set(others).size === 1) issuedOn = others[0];
  }

  const readMoney = (segment: string) => findAmounts({ text: segment }).map((amount) => amount.cents);
  const statute = profile.statutes.find(([pattern]) => pattern.test(foldedJoined))?.[1] ?? null;
  const section = find(labels.section, (segment) => {
    // NY forms box the subsection apart: "Section 1180 Sub D".
    const raw = segment.replace(/\bsub[- ]?(?:section|div(?:ision)?|sec)?\.?\s*/gi, '').slice(0, 60);
    const read = /\d/.test(raw) ? normalizeSection({ jurisdiction: profile.jurisdiction ?? 'QC', raw }) : null;
    return read ? [read] : [];
  });
  const offenceText = find(labels.offence, (segment) => cleanWords(segment)) ?? findOffenceLine({ lines, foldedLines });
  const speed = findSpeed({ text: joined, defaultUnit: profile.unit });
  const offence = classifyReadOffence({
    jurisdiction: profile.jurisdiction,
    statute,
    section,
    text: [offenceText, speed ? 'speeding' : null].filter(Boolean).join(' ') || null,
  });

  return {
    jurisdiction: profile.jurisdiction,
    offenceText,
    offenceCategory: offence.category,
    statute,
    section: offence.section,
    ticketNumber: find(labels.ticketNumber, readTicketNumbers),
    issuedOn,
    fineCents: find(labels.fine, readMoney),
    totalPayableCents: find(labels.total, readMoney),
    demeritPoints: find(labels.demeritPoints, (segment) => {
      const points = /^\W{0,4}(\d{1,2})(?!\d)/.exec(segment);
      return points && Number(points[1]) <= 15 ? [Number(points[1])] : [];
    }),
    speed,
    location: find(labels.location, cleanWords),
    court: find(labels.court, cleanWords) ?? findCourtName({ lines, foldedLines, pattern: profile.courtName }),
    printedRespondBy,
  };
}

/** A form that prints its date format ("MM/DD/YYYY", "JJ/MM/AAAA") settles the order. */
function readPrintedDateOrder(folded: string): DateOrder | null {
  if (/\bmm ?\/ ?dd\b|\bm ?\/ ?d ?\/ ?y/.test(folded)) return 'MDY';
  if (/\b(dd|jj) ?\/ ?mm\b|\b(d|j) ?\/ ?m ?\/ ?(y|a)\b/.test(folded)) return 'DMY';
  return null;
}

function pickDate(found: FoundDate | null, { notAfter }: { notAfter: string | null }): string | null {
  if (!found) return null;
  return found.candidates.find((candidate) => notAfter === null || candidate <= notAfter) ?? null;
}

function readTicketNumbers(segment: string): string[] {
  return [...segment.toUpperCase().matchAll(TICKET_NUMBER)]
    .map((match) => match[1].replace(/[ -]/g, ''))
    .filter((value) => (value.match(/\d/g) ?? []).length >= 5 && value.length <= 16);
}

/** The words after a label, without the punctuation OCR puts around them. */
function cleanWords(segment: string): string[] {
  const words = segment.replace(/^[\s:;.,#°*|_\-–—]+/, '').replace(/[\s:;,|_\-–—]+$/, '').trim();
  return /[A-Za-zÀ-ÿ]{2}/.test(words) && words.length <= 120 ? [words] : [];
}

function findOffenceLine({ lines, foldedLines }: { lines: string[]; foldedLines: string[] }): string | null {
  const row = foldedLines.findIndex((line) => OFFENCE_WORDS.test(line));
  return row >= 0 ? (cleanWords(lines[row])[0] ?? null) : null;
}

function findCourtName({ lines, foldedLines, pattern }: { lines: string[]; foldedLines: string[]; pattern: RegExp }): string | null {
  for (let row = 0; row < lines.length; row++) {
    const match = pattern.exec(foldedLines[row]);
    if (match) return cleanWords(lines[row].slice(match.index))[0] ?? null;
  }
  return null;
}
