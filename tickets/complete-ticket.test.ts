import { describe, expect, it } from 'vitest';
import { applyTicketCorrection } from './apply-ticket-correction.js';
import { completeTicket } from './complete-ticket.js';
import { EMPTY_READING, type TicketReading } from './ticket-reading.js';
import { ticketSchema } from './ticket-schema.js';
import { todayInTimeZone } from './today-in-time-zone.js';

const onSpeeding: TicketReading & { jurisdiction: 'ON' } = {
  ...EMPTY_READING,
  isTicket: true,
  ticketCount: 1,
  jurisdiction: 'ON',
  offenceText: 'SPEEDING 78 KM/H IN A 50 KM/H ZONE',
  statute: 'HTA',
  section: '128',
  ticketNumber: '4021 123456',
  issuedOn: '2026-11-10',
  fineCents: 9500,
  totalPayableCents: 12500,
  speed: { recorded: 78, limit: 50, unit: 'km/h' },
  location: 'Toronto',
  confidence: 0.8,
};

describe('completeTicket', () => {
  it('classifies the offence, derives the points from the schedule and the deadline from the rules', () => {
    const { ticket, missing, deadline } = completeTicket({ reading: onSpeeding, today: '2026-11-21' });
    expect(ticketSchema.parse(ticket)).toEqual(ticket);
    expect(ticket).toMatchObject({ offenceCategory: 'speeding', statute: 'HTA', section: '128', currency: 'CAD', demeritPoints: 3, respondBy: '2026-11-25' });
    expect(deadline).toMatchObject({ basis: 'on_15_days_to_choose', daysLeft: 4, urgent: true, past: false });
    expect(missing).toEqual([]);
  });

  it('keeps points printed on the ticket over the schedule', () => {
    expect(completeTicket({ reading: { ...onSpeeding, demeritPoints: 3 }, today: '2026-11-21' }).ticket?.demeritPoints).toBe(3);
  });

  it('lists what nobody could read and builds no ticket without an offence', () => {
    const result = completeTicket({
      reading: { ...onSpeeding, offenceText: null, statute: null, section: null, issuedOn: null, fineCents: null, ticketNumber: null },
      today: '2026-11-21',
    });
    expect(result.ticket).toBeNull();
    expect(result.missing).toEqual(['offence', 'issuedOn', 'fine', 'ticketNumber']);
  });

  it('does not ask for a fine on a New York ticket, which does not print one', () => {
    const ny = { ...onSpeeding, jurisdiction: 'NY' as const, statute: 'VTL', section: '1180(d)', fineCents: null, speed: { recorded: 58, limit: 30, unit: 'mph' as const }, location: 'Brooklyn' };
    const { ticket, missing } = completeTicket({ reading: ny, today: '2026-11-21' });
    expect(missing).toEqual([]);
    expect(ticket).toMatchObject({ currency: 'USD', demeritPoints: 6, offenceCategory: 'speeding' });
  });
});

describe('applyTicketCorrection', () => {
  it('replaces the corrected fields and keeps the others', () => {
    const corrected = applyTicketCorrection({ draft: onSpeeding, changes: { fineCents: 25000, issuedOn: '2026-10-04' } });
    expect(corrected).toMatchObject({ fineCents: 25000, issuedOn: '2026-10-04', ticketNumber: onSpeeding.ticketNumber, section: '128' });
  });

  it('re-derives the category from a corrected section, and the section from a corrected category', () => {
    const bySection = applyTicketCorrection({ draft: { ...onSpeeding, offenceCategory: 'speeding' }, changes: { section: '144(18)' } });
    expect(completeTicket({ reading: { ...bySection, jurisdiction: 'ON' }, today: '2026-11-21' }).ticket).toMatchObject({ offenceCategory: 'red_light', section: '144(18)' });
    const byCategory = applyTicketCorrection({ draft: onSpeeding, changes: { offenceCategory: 'seatbelt' } });
    expect(completeTicket({ reading: { ...byCategory, jurisdiction: 'ON' }, today: '2026-11-21' }).ticket).toMatchObject({ offenceCategory: 'seatbelt', statute: 'HTA' });
  });

  it('turns a corrected court date into the printed date the deadline uses', () => {
    expect(applyTicketCorrection({ draft: onSpeeding, changes: { respondBy: '2026-12-01' } }).printedRespondBy).toBe('2026-12-01');
  });
});

describe('todayInTimeZone', () => {
  it('gives the calendar date where the court is, not in UTC', () => {
    const lateEvening = new Date('2026-11-22T03:30:00Z'); // 22:30 on the 21st in Montréal
    expect(todayInTimeZone(lateEvening, 'America/Montreal')).toBe('2026-11-21');
    expect(todayInTimeZone(lateEvening, 'UTC')).toBe('2026-11-22');
  });
});
