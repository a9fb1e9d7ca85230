import type { Language } from '../../../i18n/languages.js';
import { CURRENCY_BY_JURISDICTION, type Jurisdiction } from '../../../tickets/ticket-schema.js';
import type { ModelAnalysis } from '../contest-analysis-schema.js';
import { chooseDraftLanguage } from './choose-draft-language.js';

/**
 * Facts our code decides, checked in the model's answer: the draft's
 * language, a translation exactly when the driver reads another language, and
 * the currency of the jurisdiction. Returns what is wrong, or null.
 */
export function findCaseMismatch({ analysis, jurisdiction, language }: { analysis: ModelAnalysis; jurisdiction: Jurisdiction; language: Language }): string | null {
  const draftLanguage = chooseDraftLanguage({ jurisdiction, language });
  if (analysis.draft.language !== draftLanguage) return `draft.language is ${analysis.draft.language}, expected ${draftLanguage}`;
  const translation = analysis.draft.translation;
  if (draftLanguage !== language && translation?.language !== language) return `draft.translation must be in ${language}`;
  if (analysis.consequencesIfPaid.currency !== CURRENCY_BY_JURISDICTION[jurisdiction]) {
    return `consequencesIfPaid.currency must be ${CURRENCY_BY_JURISDICTION[jurisdiction]}`;
  }
  return null;
}
