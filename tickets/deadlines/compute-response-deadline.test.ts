import { describe, expect, it } from 'vitest';
import { DEADLINE_SOURCES, URGENT_WITHIN_DAYS, computeResponseDeadline } from './compute-response-deadline.js';

const base = { printedRespondBy: null, location: null, court: null };

describe('computeResponseDeadline', () => {
  it('gives Quebec 30 days to plead, across a month end', () => {
    expect(computeResponseDeadline({ ...base, jurisdiction: 'QC', issuedOn: '2026-01-20', today: '2026-01-21' })).toEqual({
      respondBy: '2026-02-19',
      daysLeft: 29,
      basis: 'qc_30_days_to_plead',
      urgent: false,
      past: false,
    });
  });

  it('counts through February of a leap year and across the new year', () => {
    expect(computeResponseDeadline({ ...base, jurisdiction: 'QC', issuedOn: '2028-02-10', today: '2028-02-10' }).respondBy).toBe('2028-03-11');
    expect(computeResponseDeadline({ ...base, jurisdiction: 'ON', issuedOn: '2026-12-25', today: '2026-12-25' }).respondBy).toBe('2027-01-09');
  });

  it('is not shifted by a daylight-saving change', () => {
    // Clocks change on 2026-03-08 in Toronto.
    const deadline = computeResponseDeadline({ ...base, jurisdiction: 'ON', issuedOn: '2026-03-01', today: '2026-03-07' });
    expect(deadline.respondBy).toBe('2026-03-16');
    expect(deadline.daysLeft).toBe(9);
  });

  it('gives Ontario 15 days to choose an option', () => {
    expect(computeResponseDeadline({ ...base, jurisdiction: 'ON', issuedOn: '2026-05-01', today: '2026-05-10' })).toMatchObject({
      respondBy: '2026-05-16',
      daysLeft: 6,
      basis: 'on_15_days_to_choose',
      urgent: false,
    });
  });

  it(`flags ${URGENT_WITHIN_DAYS} days left or fewer as urgent, and past deadlines as past`, () => {
    const on = (today: string) => computeResponseDeadline({ ...base, jurisdiction: 'ON', issuedOn: '2026-05-01', today });
    expect(on('2026-05-11')).toMatchObject({ daysLeft: 5, urgent: true, past: false });
    expect(on('2026-05-16')).toMatchObject({ daysLeft: 0, urgent: true, past: false });
    expect(on('2026-05-18')).toMatchObject({ daysLeft: -2, urgent: true, past: true });
  });

  it('uses a printed date when the issue date is unknown, and the earlier date when both are known', () => {
    expect(
      computeResponseDeadline({ ...base, jurisdiction: 'QC', issuedOn: null, printedRespondBy: '2026-04-30', today: '2026-04-01' }),
    ).toMatchObject({ respondBy: '2026-04-30', basis: 'printed_date', daysLeft: 29 });
    expect(
      computeResponseDeadline({ ...base, jurisdiction: 'QC', issuedOn: '2026-04-01', printedRespondBy: '2026-04-20', today: '2026-04-01' }),
    ).toMatchObject({ respondBy: '2026-04-20', basis: 'printed_date' });
    expect(
      computeResponseDeadline({ ...base, jurisdiction: 'QC', issuedOn: '2026-04-01', printedRespondBy: '2026-06-01', today: '2026-04-01' }),
    ).toMatchObject({ respondBy: '2026-05-01', basis: 'qc_30_days_to_plead' });
  });

  it('gives a New York City ticket 15 days (TVB)', () => {
    for (const location of ['Brooklyn', 'KINGS COUNTY', 'Queens Blvd & 63rd Dr, Queens', 'Staten Island', 'New York, NY 10001']) {
      expect(
        computeResponseDeadline({ ...base, jurisdiction: 'NY', issuedOn: '2026-07-01', location, today: '2026-07-02' }),
        location,
      ).toMatchObject({ respondBy: '2026-07-16', basis: 'nyc_tvb_15_days', daysLeft: 14 });
    }
    expect(
      computeResponseDeadline({ ...base, jurisdiction: 'NY', issuedOn: '2026-07-01', court: 'Bronx TVB', today: '2026-07-02' }).basis,
    ).toBe('nyc_tvb_15_days');
  });

  it('uses the printed court date elsewhere in New York, else says it is unknown', () => {
    expect(
      computeResponseDeadline({
        jurisdiction: 'NY',
        issuedOn: '2026-07-01',
        printedRespondBy: '2026-08-12',
        location: 'Albany',
        court: 'Colonie Town Court',
        today: '2026-07-02',
      }),
    ).toEqual({ respondBy: '2026-08-12', daysLeft: 41, basis: 'ny_court_date', urgent: false, past: false });
    expect(computeResponseDeadline({ ...base, jurisdiction: 'NY', issuedOn: '2026-07-01', location: 'Albany', today: '2026-07-02' })).toEqual({
      respondBy: null,
      daysLeft: null,
      basis: 'unknown',
      urgent: false,
      past: false,
    });
  });

  it('says unknown without an issue date or printed date, and ignores impossible dates', () => {
    expect(computeResponseDeadline({ ...base, jurisdiction: 'QC', issuedOn: null, today: '2026-01-01' }).basis).toBe('unknown');
    expect(computeResponseDeadline({ ...base, jurisdiction: 'ON', issuedOn: '2026-02-30', today: '2026-03-01' }).basis).toBe('unknown');
  });

  it('refuses a malformed today', () => {
    expect(() => computeResponseDeadline({ ...base, jurisdiction: 'QC', issuedOn: '2026-01-01', today: '01/02/2026' })).toThrow(RangeError);
  });

  it('cites a legal source for each computed basis', () => {
    for (const basis of ['qc_30_days_to_plead', 'on_15_days_to_choose', 'nyc_tvb_15_days', 'ny_court_date'] as const) {
      expect(DEADLINE_SOURCES[basis]?.url).toMatch(/^https:\/\/(www\.)?(legisquebec\.gouv\.qc\.ca|ontario\.ca|dmv\.ny\.gov)\//);
    }
  });
});
