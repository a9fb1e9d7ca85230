import type { Language } from '../../i18n/languages.js';
import type { MandateJurisdiction } from './mandate-facts.js';

/** The only {{placeholders}} a template may use; anything else is a typo the loader refuses. */
export const MANDATE_PLACEHOLDERS = ['clientName', 'caseNumber', 'ticketNumber', 'offence', 'issuedOn', 'court', 'firmName', 'firmAddress', 'preparedOn'] as const;
export type MandatePlaceholder = (typeof MANDATE_PLACEHOLDERS)[number];

/** One firm-edited file (templates/QC.fr.md …), validated, its placeholders still unfilled. */
export interface MandateTemplate {
  /** The file it came from, for error messages and audits. */
  file: string;
  id: string;
  version: string;
  jurisdiction: MandateJurisdiction;
  language: Language;
  title: string;
  signatureLabel: string;
  /** Printed as the court when the case does not name one. */
  defaultCourt: string;
  paragraphs: string[];
}

/** Every jurisdiction in every language: the loader refuses a set with a hole in it. */
export type MandateTemplateSet = Record<MandateJurisdiction, Record<Language, MandateTemplate>>;

/** A {{placeholder}}, spaces inside the braces tolerated: the firm edits these files by hand. */
export const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;
