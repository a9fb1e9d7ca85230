import type { Jurisdiction } from '../ticket-schema.js';
import type { DeadlineBasis } from './deadline-sources.js';
import { formatCalendarDate } from './format-calendar-date.js';
import { isNewYorkCity } from './is-new-york-city.js';
import { parseCalendarDate } from './parse-calendar-date.js';

export { DEADLINE_SOURCES, type DeadlineBasis } from './deadline-sources.js';

/** A deadline this close (or past) is flagged: the driver must act now. */
export const URGENT_WITHIN_DAYS = 5;

/** Days from service to answer, per the statutes in DEADLINE_SOURCES. */
const DAYS_TO_ANSWER = { QC: 30, ON: 15, NYC: 15 } as const;

export interface ComputeResponseDeadlineOptions {
  jurisdiction: Jurisdiction;
  /** YYYY-MM-DD. */
  issuedOn: string | null;
  /** An answer or court date printed on the ticket, YYYY-MM-DD. */
  printedRespondBy: string | null;
  location: string | null;
  court: string | null;
  /** Today (YYYY-MM-DD) in the jurisdiction's time zone, from the caller. */
  today: string;
}

export interface ResponseDeadline {
  respondBy: string | null;
  /** respondBy − today in whole days; negative once past. */
  daysLeft: number | null;
  basis: DeadlineBasis;
  /** daysLeft ≤ URGENT_WITHIN_DAYS, past deadlines included. */
  urgent: boolean;
  past: boolean;
}

interface Candidate {
  day: number;
  basis: DeadlineBasis;
}

/** The earlier of the legal computation and the printed date: never tell a driver a later date than either. */
function earliest(...candidates: Array<Candidate | null>): Candidate | null {
  return candidates.reduce<Candidate | null>((best, c) => (c && (!best || c.day < best.day) ? c : best), null);
}

/**
 * The date by which the driver must answer the ticket.
 *
 * - Quebec: 30 days from service of the statement of offence to plead (Code
 *   de procédure pénale, art. 160). A ticket handed over is served the day it
 *   is issued; a mailed one is served later, so counting from the issue date
 *   can only give an earlier, safe date.
 * - Ontario: 15 days from service of the offence notice to choose an option
 *   (Provincial Offences Act, s. 9(1)(a)); same reading of service.
 * - New York City (the five boroughs, TVB): 15 days from the violation date.
 * - Elsewhere in New York: the court date printed on the ticket, else unknown.
 *
 * When a date is also printed, the earlier one is shown. Weekends and
 * holidays are not skipped: a rule moving a deadline that falls on one was
 * not verified, so the bot shows the computed date and lawyers confirm.
 */
export function computeResponseDeadline({
  jurisdiction,
  issuedOn,
  printedRespondBy,
  location,
  court,
  today,
}: ComputeResponseDeadlineOptions): ResponseDeadline {
  const todayDay = parseCalendarDate(today);
  if (todayDay === null) throw new RangeError(`today must be a YYYY-MM-DD date, got "${today}"`);
  const issued = parseCalendarDate(issuedOn);
  const printedDay = parseCalendarDate(printedRespondBy);
  const printed: Candidate | null = printedDay === null ? null : { day: printedDay, basis: 'printed_date' };
  const fromIssue = (days: number, basis: DeadlineBasis): Candidate | null => (issued === null ? null : { day: issued + days, basis });

  let chosen: Candidate | null;
  if (jurisdiction === 'QC') chosen = earliest(fromIssue(DAYS_TO_ANSWER.QC, 'qc_30_days_to_plead'), printed);
  else if (jurisdiction === 'ON') chosen = earliest(fromIssue(DAYS_TO_ANSWER.ON, 'on_15_days_to_choose'), printed);
  else if (isNewYorkCity({ location, court })) chosen = earliest(fromIssue(DAYS_TO_ANSWER.NYC, 'nyc_tvb_15_days'), printed);
  else chosen = printed && { day: printed.day, basis: 'ny_court_date' };

  if (!chosen) return { respondBy: null, daysLeft: null, basis: 'unknown', urgent: false, past: false };
  const daysLeft = chosen.day - todayDay;
  return {
    respondBy: formatCalendarDate(chosen.day),
    daysLeft,
    basis: chosen.basis,
    urgent: daysLeft <= URGENT_WITHIN_DAYS,
    past: daysLeft < 0,
  };
}
