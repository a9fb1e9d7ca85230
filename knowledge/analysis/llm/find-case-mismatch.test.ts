import { describe, expect, it } from 'vitest';
import { findCaseMismatch } from './find-case-mismatch.js';
import { buildQcModelAnalysis } from './test-support/qc-model-analysis.js';

describe('findCaseMismatch', () => {
  const analysis = buildQcModelAnalysis();

  it('accepts a French draft for a French-speaking Quebec driver', () => {
    expect(findCaseMismatch({ analysis, jurisdiction: 'QC', language: 'fr' })).toBeNull();
  });

  it('wants a Spanish translation when the Quebec draft is in French for a Spanish-speaking driver', () => {
    expect(findCaseMismatch({ analysis, jurisdiction: 'QC', language: 'es' })).toBe('draft.translation must be in es');
    const translated = { ...analysis, draft: { ...analysis.draft, translation: { language: 'es' as const, text: 'Me declaro no culpable de la infracción y pido la divulgación de la prueba.' } } };
    expect(findCaseMismatch({ analysis: translated, jurisdiction: 'QC', language: 'es' })).toBeNull();
  });

  it('wants an English draft in Ontario and the jurisdiction currency', () => {
    expect(findCaseMismatch({ analysis, jurisdiction: 'ON', language: 'fr' })).toBe('draft.language is fr, expected en');
    const english = { ...analysis, draft: { language: 'en' as const, text: 'I plead not guilty and request disclosure of the evidence against me in this matter.', translation: null } };
    expect(findCaseMismatch({ analysis: english, jurisdiction: 'NY', language: 'en' })).toBe('consequencesIfPaid.currency must be USD');
  });
});
