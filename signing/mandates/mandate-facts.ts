import type { Language } from '../../i18n/languages.js';

export const MANDATE_JURISDICTIONS = ['QC', 'ON', 'NY'] as const;
export type MandateJurisdiction = (typeof MANDATE_JURISDICTIONS)[number];

/** What a mandate is about: the case's facts, gathered by the caller, before any wording. */
export interface MandateFacts {
  jurisdiction: MandateJurisdiction;
  language: Language;
  /** May be only a first name; never empty (the caller passes a fallback). */
  clientName: string;
  /** "T911-000042" */
  caseNumber: string;
  ticketNumber: string | null;
  /** One line, e.g. "Speeding, HTA s. 128". */
  offence: string;
  /** YYYY-MM-DD */
  issuedOn: string | null;
  /** null → the template's default court wording for its jurisdiction and language. */
  court: string | null;
  firm: { name: string; address: string[] };
  /** YYYY-MM-DD, in the firm's time zone. */
  preparedOn: string;
}

/**
 * A mandate with its words fixed: what the PDF prints and what the signature request
 * freezes. `facts.court` is the court as printed (the template's default filled in),
 * so the document re-renders the same without its template.
 */
export interface MandateDocument {
  templateId: string;
  templateVersion: string;
  jurisdiction: MandateFacts['jurisdiction'];
  language: MandateFacts['language'];
  title: string;
  paragraphs: string[];
  signatureLabel: string;
  facts: MandateFacts;
}
