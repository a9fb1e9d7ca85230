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
    /** The street or road, as printed. */
    location: readonly RegExp[];
    /** The municipality of the offence, printed apart from the street on most forms. */
    municipality: readonly RegExp[];
    court: readonly RegExp[];
    offence: readonly RegExp[];
    section: readonly RegExp[];
    /** Other labels whose values must not be taken for one of the above. */
    others: readonly RegExp[];
  };
  /** The shape of the form's sections, taken without a label when it is the only such value in the text. */
  sectionShape: RegExp | null;
  /** Courts named in running text ("Cour municipale de Laval"), the likeliest first, read when no label is. */
  courtNames: readonly RegExp[];
  /**
   * The shape of the form's ticket numbers, taken without a label when it is
   * the only such value in the text (OCR often loses the small label).
   */
  ticketNumberShape: {
    pattern: RegExp;
    digits: readonly [number, number];
    /** A labelled number with another count of digits is a partial reading, dropped. */
    strict: boolean;
  } | null;
}
