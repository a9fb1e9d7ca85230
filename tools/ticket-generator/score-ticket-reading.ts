import type { Jurisdiction, OffenceCategory, Speed } from '../../tickets/ticket-schema.js';
import type { ExpectedTicket } from './expected-ticket-schema.js';

export const SCORED_FIELDS = [
  'jurisdiction',
  'offenceCategory',
  'section',
  'fineCents',
  'issuedOn',
  'ticketNumber',
  'totalPayableCents',
  'speed',
  'location',
] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** What a reader produced: a canonical Ticket, a TicketReading draft, or nothing (null fields). */
export interface ReadTicketFields {
  jurisdiction?: Jurisdiction | null;
  offenceCategory?: OffenceCategory | null;
  section?: string | null;
  fineCents?: number | null;
  issuedOn?: string | null;
  ticketNumber?: string | null;
  totalPayableCents?: number | null;
  speed?: Speed | null;
  location?: string | null;
}

export interface FieldScore {
  field: ScoredField;
  correct: boolean;
  /** False when the expected value is null (the form does not print it). */
  expectedPrinted: boolean;
}

/**
 * Field-by-field comparison of a reading with the expected ticket. A null
 * expected value read as null is correct. Formatting is forgiven where it
 * carries no meaning: sections and ticket numbers compare on letters and
 * digits only ("1180 D" = "1180(d)", "P 1047263" = "P1047263"), locations on
 * their words (accents, case and punctuation ignored; see sameLocation).
 * Everything else must be equal.
 */
export function scoreTicketReading(expected: ExpectedTicket, actual: ReadTicketFields | null): FieldScore[] {
  const read = actual ?? {};
  return SCORED_FIELDS.map((field) => {
    const want = expected[field];
    const got = read[field] ?? null;
    return { field, correct: fieldEquals(field, want, got), expectedPrinted: want !== null };
  });
}

function fieldEquals(field: ScoredField, want: unknown, got: unknown): boolean {
  if (want === null || got === null) return want === got;
  switch (field) {
    case 'section':
    case 'ticketNumber':
      return alphanumeric(String(want)) === alphanumeric(String(got));
    case 'speed': {
      const [a, b] = [want as Speed, got as Speed];
      return a.recorded === b.recorded && a.limit === b.limit && a.unit === b.unit;
    }
    case 'location':
      return sameLocation(String(want), String(got));
    default:
      return want === got;
  }
}

function alphanumeric(value: string): string {
  return value.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

function words(value: string): string[] {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * Expected locations are "<street>, <municipality>". A reading names the same
 * place when it has at least 80 % of the street's words and at least 80 % of
 * its own words are in the expected location (the municipality may be left out).
 */
function sameLocation(expected: string, read: string): boolean {
  const street = expected.includes(', ') ? expected.slice(0, expected.lastIndexOf(', ')) : expected;
  const [streetWords, expectedWords, readWords] = [words(street), words(expected), words(read)];
  if (streetWords.length === 0 || readWords.length === 0) return false;
  const streetFound = streetWords.filter((w) => readWords.includes(w)).length / streetWords.length;
  const readKnown = readWords.filter((w) => expectedWords.includes(w)).length / readWords.length;
  return streetFound >= 0.8 && readKnown >= 0.8;
}
