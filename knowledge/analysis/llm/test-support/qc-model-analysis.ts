import type { ModelAnalysis } from '../../contest-analysis-schema.js';
import { QC_DEMERIT_POINTS, QC_PLEA_DELAY, QC_RADAR_CASE, QC_SPEED_LIMIT } from './legal-chunks.js';

/**
 * A well-formed answer for the Quebec speeding ticket of the tests, in French,
 * citing the sources the analyser was given and, unless `searched` is false,
 * the case only the search tool finds.
 */
export function buildQcModelAnalysis({ searched = true }: { searched?: boolean } = {}): ModelAnalysis {
  return {
    score: 62,
    factors: [
      {
        label: 'Fiabilité du cinémomètre',
        effect: '+',
        weight: 20,
        explanation: "La poursuite doit prouver la vérification du cinémomètre avant et après le quart de travail; sans cette preuve, un doute raisonnable sur la vitesse mesurée pourrait subsister.",
        citationIds: [searched ? QC_RADAR_CASE.id : QC_PLEA_DELAY.id],
      },
      {
        label: 'Limite affichée claire',
        effect: '-',
        weight: 10,
        explanation: 'La limite de 50 km/h en ville est la règle générale et la signalisation affichée semble conforme.',
        citationIds: [QC_SPEED_LIMIT.id],
      },
    ],
    options: [
      {
        id: 'plead_not_guilty',
        label: 'Plaider non coupable',
        explanation: 'Transmettre un plaidoyer de non-culpabilité et demander la communication de la preuve.',
        deadline: '2026-12-01',
        citationIds: [QC_PLEA_DELAY.id],
      },
      {
        id: 'pay',
        label: 'Payer',
        explanation: "Payer équivaut à plaider coupable: les points d'inaptitude sont inscrits au dossier.",
        deadline: '2026-12-01',
        citationIds: [QC_PLEA_DELAY.id, QC_DEMERIT_POINTS.id],
      },
    ],
    consequencesIfPaid: {
      demeritPoints: 2,
      fineCents: 15000,
      currency: 'CAD',
      summary: ["2 points d'inaptitude inscrits pendant deux ans.", "La prime d'assurance pourrait augmenter."],
      citationIds: [QC_DEMERIT_POINTS.id],
    },
    draft: {
      language: 'fr',
      text: "Objet : constat d'infraction no [numéro]. Je plaide non coupable à l'infraction reprochée et je demande la communication de la preuve, notamment les registres de vérification du cinémomètre.",
      translation: null,
    },
  };
}
