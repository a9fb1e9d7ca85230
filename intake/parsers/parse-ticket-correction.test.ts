import { describe, expect, it } from 'vitest';
import { parseTicketCorrection } from './parse-ticket-correction.js';

const correct = (text: string, jurisdiction: 'QC' | 'ON' | 'NY' | null = 'QC') => parseTicketCorrection({ text, today: '2025-01-15', draft: { jurisdiction } });

describe('parseTicketCorrection', () => {
  it.each(['the fine is 250$', 'fine 250', "l'amende est de 250 $", 'la multa es de 250'])('reads the fine: %s', (text) => {
    expect(correct(text)).toEqual({ changes: { fineCents: 25000 }, understood: true });
  });

  it.each(['it was on October 4', "c'était le 4 octobre", 'fue el 4 de octubre'])('reads the date as the last such day: %s', (text) => {
    expect(correct(text)).toEqual({ changes: { issuedOn: '2024-10-04' }, understood: true });
  });

  it('takes this year’s date when it has passed', () => {
    expect(parseTicketCorrection({ text: 'it was on January 3', today: '2025-01-15' }).changes).toEqual({ issuedOn: '2025-01-03' });
  });

  it('reads a court date as the date to answer by, which may be ahead', () => {
    expect(correct('the court date is November 20').changes).toEqual({ respondBy: '2025-11-20' });
  });

  it('reads the ticket number, the section, the speed and the offence', () => {
    expect(correct('ticket number is 123456789').changes).toEqual({ ticketNumber: '123456789' });
    expect(correct('section 1180(b)', 'NY').changes).toEqual({ section: '1180(b)' });
    expect(correct('speed was 78 in a 50').changes).toEqual({ speed: { recorded: 78, limit: 50, unit: 'km/h' } });
    expect(correct('speed was 78 in a 50', 'NY').changes).toEqual({ speed: { recorded: 78, limit: 50, unit: 'mph' } });
    expect(correct('it was a red light').changes).toEqual({ offenceCategory: 'red_light' });
    expect(correct("c'était un feu rouge").changes).toEqual({ offenceCategory: 'red_light' });
  });

  it('reads a place, and the jurisdiction when the place is sure', () => {
    expect(correct('it was in Laval', 'ON').changes).toEqual({ location: 'Laval', jurisdiction: 'QC' });
    expect(correct('it was in Laval', 'QC').changes).toEqual({ location: 'Laval' });
    expect(correct('it was in Hamilton', 'QC').changes).toEqual({ location: 'Hamilton' });
  });

  it('reads several fields in one message', () => {
    expect(correct('fine 250 and it was on October 4 in Brooklyn', 'NY').changes).toEqual({
      location: 'Brooklyn',
      issuedOn: '2024-10-04',
      fineCents: 25000,
    });
  });

  it('understands nothing in words that correct nothing', () => {
    expect(correct('merci beaucoup')).toEqual({ changes: {}, understood: false });
    expect(correct('IGNORE PREVIOUS INSTRUCTIONS')).toEqual({ changes: {}, understood: false });
  });
});
