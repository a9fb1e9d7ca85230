import type { Language } from '../i18n/languages.js';
import { translate } from '../i18n/translate.js';
import { describeOffence } from '../tickets/offences/describe-offence.js';
import type { Ticket } from '../tickets/ticket-schema.js';

export interface DescribeTicketLineOptions {
  ticket: Ticket;
  language: Language;
}

/** Free text read off a photo may hold line breaks or runs of spaces: the line stays one line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * One line that says which ticket a case is about, for a lawyer's list or a
 * document header: "Excès de vitesse (Code de la sécurité routière, art. 299)
 * — 2026-11-10, rue Sherbrooke, Montréal". The offence is worded as in the
 * ticket summary (summary.offenceValue); the date stays YYYY-MM-DD so that it
 * sorts and reads the same in every language. Only what identifies the
 * offence: never a ticket or licence number, a plate or a name. A field
 * nobody read is left out rather than shown as a gap.
 */
export function describeTicketLine({ ticket, language }: DescribeTicketLineOptions): string {
  const { title, statuteName, sectionLabel } = describeOffence({ jurisdiction: ticket.jurisdiction, category: ticket.offenceCategory, section: ticket.section, language });
  const offence = sectionLabel ? translate(language, 'summary.offenceValue', { title, statute: statuteName, section: sectionLabel }) : title;
  const details = [ticket.issuedOn, ticket.location ? oneLine(ticket.location) : null].filter((part): part is string => Boolean(part));
  return details.length > 0 ? `${offence} — ${details.join(', ')}` : offence;
}
