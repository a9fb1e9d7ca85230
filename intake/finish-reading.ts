import { completeTicket } from '../tickets/complete-ticket.js';
import type { IntakeOutcome, ReaderName } from '../tickets/ticket-intake-outcome.js';
import type { TicketReading } from '../tickets/ticket-reading.js';
import { TIME_ZONE_BY_JURISDICTION, type Jurisdiction } from '../tickets/ticket-schema.js';
import { todayInTimeZone } from '../tickets/today-in-time-zone.js';

export interface FinishReadingOptions {
  reading: TicketReading;
  source: ReaderName;
  now: Date;
  /** Overrides "today" (YYYY-MM-DD) for evaluations and the CLI's --today. */
  today?: string;
}

/** A reader's fields → what the conversation does next: show the ticket, ask for the jurisdiction, or explain the refusal. */
export function finishReading({ reading, source, now, today }: FinishReadingOptions): IntakeOutcome {
  if (!reading.isTicket) return { kind: 'not_a_ticket' };
  const additionalTickets = Math.max(0, reading.ticketCount - 1);
  if (!reading.jurisdiction) {
    if (reading.otherJurisdiction) return { kind: 'unsupported_jurisdiction', place: reading.otherJurisdiction };
    return { kind: 'needs_jurisdiction', draft: reading, additionalTickets, source };
  }
  const jurisdiction: Jurisdiction = reading.jurisdiction;
  const completed = completeTicket({
    reading: { ...reading, jurisdiction },
    today: today ?? todayInTimeZone(now, TIME_ZONE_BY_JURISDICTION[jurisdiction]),
  });
  return { kind: 'ticket', draft: reading, ...completed, additionalTickets, source };
}
