import { foldKeepingLength } from './fold-keeping-length.js';

// Each form prints its title once per ticket. Counted pattern by pattern, so
// that a bilingual heading ("Offence Notice / Avis d'infraction") is one.
const TICKET_TITLES = [
  /constat d.?\s?infraction/,
  /offence notice/,
  /avis d.?\s?infraction/,
  /uniform traffic ticket/,
  /notice of liability/,
  /violation ticket/,
  /traffic citation/,
];

/**
 * How many tickets a text shows: the most lines carrying the same form
 * title. Two notices photographed side by side come out of OCR interleaved,
 * their titles on nearby lines; stacked ones far apart. At least one when
 * any title is there, zero when none is.
 */
export function countTickets({ text }: { text: string }): number {
  const lines = foldKeepingLength(text).split('\n');
  return Math.max(0, ...TICKET_TITLES.map((title) => lines.filter((line) => title.test(line)).length));
}
