import type { IntakeOutcome } from '../ticket-intake-outcome.js';
import { EMPTY_READING, type TicketReading } from '../ticket-reading.js';
import type { Ticket } from '../ticket-schema.js';

export const QC_SPEEDING_DRAFT: TicketReading = {
  ...EMPTY_READING,
  isTicket: true,
  ticketCount: 1,
  jurisdiction: 'QC',
  offenceText: 'Excès de vitesse',
  offenceCategory: 'speeding',
  statute: 'CSR',
  section: '299',
  ticketNumber: '812345678',
  issuedOn: '2026-11-10',
  fineCents: 14300,
  totalPayableCents: 23300,
  speed: { recorded: 78, limit: 50, unit: 'km/h' },
  location: 'rue Sherbrooke, Montréal',
  court: 'Cour municipale de Montréal',
  confidence: 0.9,
};

export const QC_SPEEDING_TICKET: Ticket = {
  jurisdiction: 'QC',
  offenceCategory: 'speeding',
  statute: 'CSR',
  section: '299',
  ticketNumber: '812345678',
  issuedOn: '2026-11-10',
  fineCents: 14300,
  totalPayableCents: 23300,
  currency: 'CAD',
  demeritPoints: 2,
  speed: { recorded: 78, limit: 50, unit: 'km/h' },
  location: 'rue Sherbrooke, Montréal',
  court: 'Cour municipale de Montréal',
  respondBy: '2026-12-10',
  confidence: 0.9,
};

export const QC_SPEEDING_OUTCOME: Extract<IntakeOutcome, { kind: 'ticket' }> = {
  kind: 'ticket',
  draft: QC_SPEEDING_DRAFT,
  ticket: QC_SPEEDING_TICKET,
  missing: [],
  deadline: { respondBy: '2026-12-10', daysLeft: 19, basis: 'qc_30_days_to_plead', urgent: false, past: false },
  additionalTickets: 0,
  source: 'ocr',
};

/** The same ticket with the fine changed, as a correction would give it. */
export const withFine = (fineCents: number): Extract<IntakeOutcome, { kind: 'ticket' }> => ({
  ...QC_SPEEDING_OUTCOME,
  draft: { ...QC_SPEEDING_DRAFT, fineCents },
  ticket: { ...QC_SPEEDING_TICKET, fineCents },
  source: 'correction',
});
