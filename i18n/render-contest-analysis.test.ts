import { describe, expect, it } from 'vitest';
import { NEEDS_LAWYER_OUTCOME, SCORED_OUTCOME } from '../knowledge/analysis/test-support/analysis-outcomes.js';
import { renderContestAnalysis } from './render-contest-analysis.js';

describe('renderContestAnalysis', () => {
  it('sends the score with each reason and its source, then options, consequences and the no-guarantee line', () => {
    const [reasons, next] = renderContestAnalysis({ language: 'fr', outcome: SCORED_OUTCOME, caseNumber: 'T-000042' });
    expect(reasons).toContain('Évaluation préliminaire du dossier T-000042 : 59/100 pour contester');
    expect(reasons).toContain('➕ Vous pouvez voir la preuve : Vous avez droit à la preuve de la poursuite, dont les registres de vérification de l’appareil de mesure. (R. c. Stinchcombe, [1991] 3 R.C.S. 326)');
    expect(next).toContain('• Plaider non coupable (avant le 10 décembre 2026) : Envoyez un plaidoyer');
    expect(next).toContain("• 2 points d'inaptitude à votre dossier de conduite.");
    expect(next.endsWith("Un projet de contestation est prêt pour cette révision.")).toBe(true);
    expect(next).toContain('pas une garantie de résultat');
    expect(next).not.toContain("Notre analyse habituelle n'était pas disponible");
  });

  it('says when the model failed and the standard rules answered', () => {
    const [, next] = renderContestAnalysis({ language: 'en', outcome: { ...SCORED_OUTCOME, needsReview: true, fallbackReason: 'claude: model_unavailable' }, caseNumber: 'T-000042' });
    expect(next).toContain('Our usual analysis was unavailable');
  });

  it('gives no score, in one message, when a lawyer must look first or the jurisdiction is not covered', () => {
    expect(renderContestAnalysis({ language: 'es', outcome: NEEDS_LAWYER_OUTCOME, caseNumber: 'T-000042' })).toEqual([
      expect.stringContaining('no adivinaré una puntuación. Un abogado del bufete revisará el caso T-000042'),
    ]);
    expect(renderContestAnalysis({ language: 'en', outcome: { status: 'failed' }, caseNumber: 'T-7' })[0]).toContain('will not guess a score');
    expect(renderContestAnalysis({ language: 'en', outcome: { status: 'refused', reason: 'jurisdiction_not_covered', jurisdiction: 'NY' }, caseNumber: 'T-7' })).toEqual([
      'We do not cover tickets from New York yet, so we cannot assess this one. Write AGENT to talk to a person.',
    ]);
  });
});
