import type { Jurisdiction, Speed } from '../../tickets/ticket-schema.js';
import type { DateOrder } from './find-dates.js';

/**
 * What one ticket form prints, as patterns on folded text (lower case, no
 * accents): its labels and conventions, never positions on the page, so a
 * photo cut, folded or read in another order still parses.
 */
export interface FormProfile {
  jurisdiction: Jurisdiction | null;
  /** How the form writes dates whose day and month could swap. */
  dateOrder: DateOrder | null;
  unit: Speed['unit'] | null;
  /** The form's title: one per ticket. */
  header: RegExp;
  /** The statute's name or abbreviation as printed, and the short name reported. */
  statutes: ReadonlyArray<[RegExp, string]>;
  /** Each field's labels, the likeliest first: an earlier pattern wins wherever it sits. */
  labels: {
    ticketNumber: readonly RegExp[];
    issuedOn: readonly RegExp[];
    respondBy: readonly RegExp[];
    fine: readonly RegExp[];
    total: readonly RegExp[];
    /** Amounts that are neither the fine nor the total (fees, surcharges, contributions). */
    fees: readonly RegExp[];
    demeritPoints: readonly RegExp[];
    location: readonly RegExp[];
    court: readonly RegExp[];
    offence: readonly RegExp[];
    section: readonly RegExp[];
    /** Other labels whose values must not be taken for one of the above. */
    others: readonly RegExp[];
  };
  /** A court named in running text ("Cour municipale de Laval"), read when no label is. */
  courtName: RegExp;
}
