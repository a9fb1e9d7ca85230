import { computeResponseDeadline, type ResponseDeadline } from './deadlines/compute-response-deadline.js';
import { classifyOffence } from './offences/classify-offence.js';
import { demeritPointsFor } from './offences/demerit-points-for.js';
import type { MissingField } from './ticket-intake-outcome.js';
import type { TicketReading } from './ticket-reading.js';
import { CURRENCY_BY_JURISDICTION, type Jurisdiction, type Ticket } from './ticket-schema.js';

export interface CompleteTicketOptions {
  reading: TicketReading & { jurisdiction: Jurisdiction };
  /** Today's date (YYYY-MM-DD) in the jurisdiction's time zone. */
  today: string;
}

export interface CompletedTicket {
  /** Null until the offence is known: the canonical ticket requires it. */
  ticket: Ticket | null;
  missing: MissingField[];
  deadline: ResponseDeadline | null;
}

/**
 * A reader's fields completed by the project's own rules: the offence
 * catalogue gives category and section, the demerit schedule the points
 * (unless printed), the deadline rules the date to answer. What nobody could
 * read stays null and is listed in `missing`; nothing is guessed.
 */
export function completeTicket({ reading, today }: CompleteTicketOptions): CompletedTicket {
  const { jurisdiction } = reading;
  const offence =
    reading.offenceCategory && reading.statute && reading.section
      ? { category: reading.offenceCategory, statute: reading.statute, section: reading.section }
      : classifyOffence({
          jurisdiction,
          statute: reading.statute,
          section: reading.section,
          text: [reading.offenceText, reading.offenceCategory?.replace(/_/g, ' ')].filter(Boolean).join(' ') || null,
        });

  const deadline = computeResponseDeadline({
    jurisdiction,
    issuedOn: reading.issuedOn,
    printedRespondBy: reading.printedRespondBy,
    location: reading.location,
    court: reading.court,
    today,
  });

  const missing: MissingField[] = [];
  if (!offence) missing.push('offence');
  if (!reading.issuedOn) missing.push('issuedOn');
  // New York tickets answered at the TVB or a town court do not print a fine.
  if (reading.fineCents === null && jurisdiction !== 'NY') missing.push('fine');
  if (!reading.ticketNumber) missing.push('ticketNumber');

  if (!offence) return { ticket: null, missing, deadline };

  const ticket: Ticket = {
    jurisdiction,
    offenceCategory: offence.category,
    statute: offence.statute,
    section: offence.section,
    ticketNumber: reading.ticketNumber,
    issuedOn: reading.issuedOn,
    fineCents: reading.fineCents,
    totalPayableCents: reading.totalPayableCents,
    currency: CURRENCY_BY_JURISDICTION[jurisdiction],
    demeritPoints:
      reading.demeritPoints ?? demeritPointsFor({ jurisdiction, category: offence.category, section: offence.section, speed: reading.speed }),
    speed: reading.speed,
    location: reading.location,
    court: reading.court,
    respondBy: deadline.respondBy,
    confidence: reading.confidence,
  };
  return { ticket, missing, deadline };
}
