import type { Language } from '../../../i18n/languages.js';
import type { Jurisdiction } from '../../../tickets/ticket-schema.js';

/**
 * The language a court takes the draft in. Quebec courts accept French and
 * English (s. 133 of the Constitution Act, 1867), so an English-speaking driver
 * files in English; everyone else in Quebec files in French. Ontario and New
 * York drafts are in English: Ontario offers French trials on request, but the
 * lawyer decides that, not the draft.
 */
export function chooseDraftLanguage({ jurisdiction, language }: { jurisdiction: Jurisdiction; language: Language }): 'fr' | 'en' {
  if (jurisdiction === 'QC') return language === 'en' ? 'en' : 'fr';
  return 'en';
}
