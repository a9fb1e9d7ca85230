import type { TicketReading } from './ticket-reading.js';
import type { Ticket } from './ticket-schema.js';

export type TicketChanges = Partial<Omit<Ticket, 'confidence' | 'currency'>>;

export interface ApplyTicketCorrectionOptions {
  draft: TicketReading;
  changes: TicketChanges;
}

/**
 * The driver's word replaces what was read. A new section re-derives the
 * category, a new category its default section, so the two never disagree.
 */
export function applyTicketCorrection({ draft, changes }: ApplyTicketCorrectionOptions): TicketReading {
  const next: TicketReading = { ...draft, isTicket: true, ticketCount: Math.max(1, draft.ticketCount) };
  const { respondBy, offenceCategory, statute, section, ...plain } = changes;
  for (const [key, value] of Object.entries(plain)) {
    if (value !== undefined) (next as Record<string, unknown>)[key] = value;
  }
  if (respondBy !== undefined) next.printedRespondBy = respondBy;
  if (section !== undefined || statute !== undefined) {
    next.section = section ?? next.section;
    next.statute = statute ?? next.statute;
    next.offenceCategory = offenceCategory ?? null;
    next.offenceText = null;
  } else if (offenceCategory !== undefined) {
    next.offenceCategory = offenceCategory;
    next.statute = null;
    next.section = null;
    next.offenceText = null;
  }
  if (changes.jurisdiction !== undefined && changes.jurisdiction !== draft.jurisdiction) {
    // Another jurisdiction's sections mean nothing here: classify again from the offence.
    next.otherJurisdiction = null;
    if (section === undefined) {
      next.statute = null;
      next.section = null;
    }
  }
  return next;
}
