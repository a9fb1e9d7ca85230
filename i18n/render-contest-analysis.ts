import type { ContestAnalysisOutcome } from '../knowledge/analysis/contest-analysis-outcome.js';
import type { Language } from './languages.js';
import { formatCalendarDate } from './render-ticket-summary.js';
import { translate } from './translate.js';

export interface RenderContestAnalysisOptions {
  language: Language;
  outcome: ContestAnalysisOutcome | { status: 'failed' };
  caseNumber: string;
}

/**
 * The analysis as the driver reads it, in two messages (an SMS can carry
 * neither whole): the score and what weighs most, each reason with its
 * source; then the options, what paying means, and the line that a lawyer
 * reviews and nothing is guaranteed. Without a score, one message says why.
 */
export function renderContestAnalysis({ language, outcome, caseNumber }: RenderContestAnalysisOptions): string[] {
  if (outcome.status === 'refused') {
    return [translate(language, 'analysis.notCovered', { jurisdiction: translate(language, `jurisdiction.${outcome.jurisdiction}`) })];
  }
  if (outcome.status !== 'scored') return [translate(language, 'analysis.needsLawyer', { caseNumber })];

  const { analysis } = outcome;
  const sourceOf = new Map(analysis.citations.map((c) => [c.id, c.citation]));
  const reasons = [
    translate(language, 'analysis.result.score', { caseNumber, score: analysis.score }),
    translate(language, 'analysis.result.factorsTitle'),
    ...analysis.factors.map((factor) =>
      translate(language, 'analysis.result.factor', {
        sign: factor.effect === '+' ? '➕' : '➖',
        label: factor.label,
        explanation: factor.explanation,
        sources: [...new Set(factor.citationIds.map((id) => sourceOf.get(id) ?? id))].join('; '),
      }),
    ),
  ];
  const currency = analysis.consequencesIfPaid.currency;
  const next = [
    translate(language, 'analysis.result.optionsTitle'),
    ...analysis.options.map((option) =>
      translate(language, 'analysis.result.option', {
        label: option.label,
        explanation: option.explanation,
        deadline: option.deadline ? translate(language, 'analysis.result.optionDeadline', { date: formatCalendarDate(language, option.deadline, currency) }) : '',
      }),
    ),
    translate(language, 'analysis.result.paidTitle'),
    ...analysis.consequencesIfPaid.summary.map((line) => translate(language, 'analysis.result.paidLine', { line })),
    ...(outcome.needsReview ? [translate(language, 'analysis.result.reviewNote')] : []),
    translate(language, 'analysis.result.disclaimer'),
  ];
  return [reasons.join('\n'), next.join('\n')];
}
