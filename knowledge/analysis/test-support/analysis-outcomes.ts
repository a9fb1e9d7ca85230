import type { ContestAnalysisOutcome } from '../contest-analysis-outcome.js';
import type { ContestAnalysis } from '../contest-analysis-schema.js';

/** A scored Quebec speeding analysis, as the offline rules would write it in French (a fixture, not law). */
export const QC_SPEEDING_ANALYSIS: ContestAnalysis = {
  score: 59,
  factors: [
    {
      label: 'Vous pouvez voir la preuve',
      effect: '+',
      weight: 6,
      explanation: 'Vous avez droit à la preuve de la poursuite, dont les registres de vérification de l’appareil de mesure.',
      citationIds: ['qc-divulgation-preuve#0'],
    },
    {
      label: 'La poursuite doit le prouver',
      effect: '+',
      weight: 3,
      explanation: 'La poursuite doit prouver chaque élément de l’infraction hors de tout doute raisonnable.',
      citationIds: ['qc-csr-328#0'],
    },
  ],
  options: [
    {
      id: 'plead_not_guilty',
      label: 'Plaider non coupable',
      explanation: 'Envoyez un plaidoyer de non-culpabilité dans les 30 jours du constat.',
      deadline: '2026-12-10',
      citationIds: ['qc-cpp-160-plaidoyer#0'],
    },
    { id: 'pay', label: 'Payer le constat', explanation: 'Payer, c’est plaider coupable.', deadline: '2026-12-10', citationIds: ['qc-cpp-160-plaidoyer#0'] },
  ],
  consequencesIfPaid: {
    demeritPoints: 2,
    fineCents: 14300,
    currency: 'CAD',
    summary: ["2 points d'inaptitude à votre dossier de conduite."],
    citationIds: ['qc-reg-points-inaptitude#0'],
  },
  citations: [
    { id: 'qc-divulgation-preuve#0', citation: 'R. c. Stinchcombe, [1991] 3 R.C.S. 326', url: 'https://scc-csc.lexum.com/scc-csc/scc-csc/fr/item/812/index.do', excerpt: 'La poursuite doit communiquer…' },
    { id: 'qc-csr-328#0', citation: 'Code de la sécurité routière, RLRQ c. C-24.2, art. 328', url: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/C-24.2', excerpt: 'Nul ne peut conduire…' },
    { id: 'qc-cpp-160-plaidoyer#0', citation: 'Code de procédure pénale, RLRQ c. C-25.1, art. 160', url: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/C-25.1', excerpt: 'Le défendeur…' },
    { id: 'qc-reg-points-inaptitude#0', citation: "Règlement sur les points d'inaptitude, RLRQ c. C-24.2, r. 37", url: 'https://www.legisquebec.gouv.qc.ca/fr/document/rc/C-24.2,%20r.%2037', excerpt: 'Points…' },
  ],
  draft: { language: 'fr', text: 'PLAIDOYER DE NON-CULPABILITÉ ET DEMANDES — constat no 812345678, texte de test assez long pour le schéma.', translation: null },
};

export const SCORED_OUTCOME: Extract<ContestAnalysisOutcome, { status: 'scored' }> = {
  status: 'scored',
  analysis: QC_SPEEDING_ANALYSIS,
  engine: 'offline',
  model: null,
  promptVersion: 'offline-rules/2026-11-21',
  retrievedChunkIds: QC_SPEEDING_ANALYSIS.citations.map((c) => c.id),
  timings: { retrievalMs: 12, analysisMs: 30, totalMs: 42 },
  needsReview: false,
  fallbackReason: null,
};

export const NEEDS_LAWYER_OUTCOME: ContestAnalysisOutcome = {
  status: 'needs_lawyer',
  reason: 'no_relevant_sources',
  retrievedChunkIds: [],
  timings: { retrievalMs: 10, analysisMs: 0, totalMs: 10 },
};
