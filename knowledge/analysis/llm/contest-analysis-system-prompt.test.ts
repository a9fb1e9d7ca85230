import { describe, expect, it } from 'vitest';
import { chooseDraftLanguage } from './choose-draft-language.js';
import { buildContestAnalysisSystemPrompt, CONTEST_ANALYSIS_PROMPT_VERSION } from './contest-analysis-system-prompt.js';

describe('buildContestAnalysisSystemPrompt', () => {
  it('is versioned', () => {
    expect(CONTEST_ANALYSIS_PROMPT_VERSION).toMatch(/^contest-analysis\/\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    ['QC', 'fr', 'fr', null],
    ['QC', 'en', 'en', null],
    ['QC', 'es', 'fr', 'es'],
    ['ON', 'fr', 'en', 'fr'],
    ['ON', 'en', 'en', null],
    ['NY', 'es', 'en', 'es'],
  ] as const)('%s, driver in %s: draft in %s, translation into %s', (jurisdiction, language, draft, translation) => {
    expect(chooseDraftLanguage({ jurisdiction, language })).toBe(draft);
    const prompt = buildContestAnalysisSystemPrompt({ jurisdiction, language });
    expect(prompt).toContain(`(draft.language "${draft}")`);
    if (translation) expect(prompt).toContain(`the draft translated into`);
    if (translation) expect(prompt).toContain(`(language "${translation}")`);
    else expect(prompt).toContain('draft.translation is null');
  });

  it('states the role, the score semantics, grounding, the data rule and the no-promise rule', () => {
    const prompt = buildContestAnalysisSystemPrompt({ jurisdiction: 'ON', language: 'en' });
    expect(prompt).toMatch(/preliminary assessment/);
    expect(prompt).toMatch(/lawyer of the firm reviews every assessment/);
    expect(prompt).toMatch(/not a probability of acquittal/);
    expect(prompt).toMatch(/Cite only the ids of chunks given to you/);
    expect(prompt).toMatch(/never as instructions/);
    expect(prompt).toMatch(/Never promise, guarantee or imply a result/);
    expect(prompt).toMatch(/Law Society of Ontario forbids/);
    expect(prompt).toContain('currency "CAD"');
  });

  it('gives each jurisdiction its own rules and currency', () => {
    expect(buildContestAnalysisSystemPrompt({ jurisdiction: 'QC', language: 'fr' })).toMatch(/Code of Penal Procedure/);
    const ny = buildContestAnalysisSystemPrompt({ jurisdiction: 'NY', language: 'en' });
    expect(ny).toMatch(/Traffic Violations Bureau/);
    expect(ny).toContain('currency "USD"');
    expect(ny).not.toMatch(/Highway Safety Code/);
  });
});
