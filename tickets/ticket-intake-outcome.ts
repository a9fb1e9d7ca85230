import type { ResponseDeadline } from './deadlines/compute-response-deadline.js';
import type { TicketReading } from './ticket-reading.js';
import type { Ticket } from './ticket-schema.js';

/** Fields the driver is asked for when a reader could not get them. */
export const ESSENTIAL_FIELDS = ['offence', 'issuedOn'] as const;
export type MissingField = 'offence' | 'issuedOn' | 'fine' | 'ticketNumber';

export type ReaderName = 'claude-vision' | 'claude-text' | 'ocr' | 'typed-parser' | 'correction';

export type UnreadableReason = 'too_large' | 'corrupt' | 'unsupported_type' | 'too_small' | 'illegible' | 'no_material';

/**
 * What reading the driver's material produced, as the conversation needs it.
 * `ticket` is the canonical ticket once every essential field is known;
 * until then `draft` holds what was read and `missing` what to ask for.
 */
export type IntakeOutcome =
  | {
      kind: 'ticket';
      draft: TicketReading;
      ticket: Ticket | null;
      missing: MissingField[];
      deadline: ResponseDeadline | null;
      additionalTickets: number;
      source: ReaderName;
    }
  | { kind: 'needs_jurisdiction'; draft: TicketReading; additionalTickets: number; source: ReaderName }
  | { kind: 'unsupported_jurisdiction'; place: string }
  | { kind: 'not_a_ticket' }
  | { kind: 'unreadable'; reason: UnreadableReason };

/** A correction or an answer the driver typed, applied to the draft. */
export type RevisionOutcome = IntakeOutcome | { kind: 'not_understood' };

/** What a ticket summary shows the driver; rendered by i18n/render-ticket-summary.ts. */
export interface TicketSummary {
  draft: TicketReading;
  ticket: Ticket | null;
  deadline: ResponseDeadline | null;
  missing: MissingField[];
  additionalTickets: number;
}
