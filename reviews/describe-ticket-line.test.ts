import { describe, expect, it } from 'vitest';
import { QC_SPEEDING_TICKET } from '../tickets/test-support/ticket-outcomes.js';
import type { Ticket } from '../tickets/ticket-schema.js';
import { describeTicketLine } from './describe-ticket-line.js';

const NY_RED_LIGHT: Ticket = {
  jurisdiction: 'NY',
  offenceCategory: 'red_light',
  statute: 'VTL',
  section: '1111(d)',
  ticketNumber: 'AB1234567',
  issuedOn: '2026-10-04',
  fineCents: 15_000,
  totalPayableCents: null,
  currency: 'USD',
  demeritPoints: 3,
  speed: null,
  location: 'Atlantic Ave at Flatbush Ave, Brooklyn',
  court: 'Traffic Violations Bureau, Brooklyn',
  respondBy: '2026-10-19',
  confidence: 0.85,
};

describe('describeTicketLine', () => {
  it('words a Quebec ticket in French: offence, date, place', () => {
    expect(describeTicketLine({ ticket: QC_SPEEDING_TICKET, language: 'fr' })).toBe(
      'Excès de vitesse (Code de la sécurité routière, art. 299) — 2026-11-10, rue Sherbrooke, Montréal',
    );
  });

  it('words a New York ticket in English, with the § section', () => {
    expect(describeTicketLine({ ticket: NY_RED_LIGHT, language: 'en' })).toBe(
      'Running a red light (Vehicle and Traffic Law, § 1111(d)) — 2026-10-04, Atlantic Ave at Flatbush Ave, Brooklyn',
    );
  });

  it('never shows the ticket number, the fine or the court', () => {
    for (const ticket of [QC_SPEEDING_TICKET, NY_RED_LIGHT]) {
      const line = describeTicketLine({ ticket, language: 'en' });
      expect(line).not.toContain(ticket.ticketNumber!);
      expect(line).not.toContain(ticket.court!);
      expect(line).not.toMatch(/\$|150|143/);
    }
  });

  it('skips a missing date or place, and keeps the offence alone when both are missing', () => {
    expect(describeTicketLine({ ticket: { ...QC_SPEEDING_TICKET, issuedOn: null }, language: 'fr' })).toBe(
      'Excès de vitesse (Code de la sécurité routière, art. 299) — rue Sherbrooke, Montréal',
    );
    expect(describeTicketLine({ ticket: { ...NY_RED_LIGHT, location: null }, language: 'en' })).toBe('Running a red light (Vehicle and Traffic Law, § 1111(d)) — 2026-10-04');
    expect(describeTicketLine({ ticket: { ...NY_RED_LIGHT, location: null, issuedOn: null }, language: 'es' })).toBe('Pasarse un semáforo en rojo (Vehicle and Traffic Law, § 1111(d))');
  });

  it('names the offence without brackets when no section is known', () => {
    expect(describeTicketLine({ ticket: { ...QC_SPEEDING_TICKET, offenceCategory: 'camera', section: '', location: null }, language: 'fr' })).toMatch(/^[^()]+ — 2026-11-10$/);
  });

  it('keeps a place read with line breaks on one line', () => {
    expect(describeTicketLine({ ticket: { ...QC_SPEEDING_TICKET, location: 'rue Sherbrooke\nMontréal  ' }, language: 'fr' })).toMatch(/— 2026-11-10, rue Sherbrooke Montréal$/);
  });
});
