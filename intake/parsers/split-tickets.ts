import { foldKeepingLength } from './fold-keeping-length.js';

// The title each form prints once per ticket (the New Jersey and other
// states' "Uniform Traffic Ticket" included).
const TICKET_TITLE = /constat d.?\s?infraction|offence notice|uniform traffic ticket|violation ticket|traffic citation/g;
// A title repeated closer than this (a bilingual heading, a stub) is the same ticket.
const MIN_TICKET_LENGTH = 200;

/**
 * The text of each ticket when one photo or page shows several, cut where a
 * form's title starts again. Text before the first title belongs to the first.
 */
export function splitTickets({ text }: { text: string }): string[] {
  const folded = foldKeepingLength(text);
  const starts: number[] = [];
  for (const match of folded.matchAll(TICKET_TITLE)) {
    const previous = starts.at(-1);
    if (previous === undefined || match.index - previous >= MIN_TICKET_LENGTH) starts.push(match.index);
  }
  if (starts.length <= 1) return [text];
  return starts.map((start, i) => text.slice(i === 0 ? 0 : start, starts[i + 1] ?? text.length));
}
