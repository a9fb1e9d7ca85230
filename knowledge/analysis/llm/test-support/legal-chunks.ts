import type { KnowledgeChunk, KnowledgeDocumentMetadata } from '../../../knowledge-chunk.js';

/** A chunk as the ingest would store it; the hash is a stand-in. */
function buildLegalChunk(metadata: KnowledgeDocumentMetadata, text: string, index = 0): KnowledgeChunk {
  return { id: `${metadata.id}#${index}`, documentId: metadata.id, index, text, contentHash: `sha256-test-${metadata.id}-${index}`, metadata };
}

/** Quebec sources retrieval hands the analyser before the model runs (paraphrased for tests). */
export const QC_SPEED_LIMIT = buildLegalChunk(
  {
    id: 'qc-csr-299',
    jurisdiction: 'QC',
    kind: 'statute',
    citation: 'CSR, RLRQ c. C-24.2, art. 299',
    title: 'Vitesse maximale sur les chemins publics',
    language: 'fr',
    sourceUrl: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/C-24.2#se:299',
    date: '2026-09-01',
    categories: ['speeding'],
  },
  "Art. 299. Sauf indication contraire, nul ne peut conduire un véhicule routier à une vitesse excédant 50 km/h dans une cité, une ville ou un village. La signalisation installée par la personne responsable de l'entretien du chemin public indique toute autre limite. Le conducteur doit respecter la limite affichée.",
);

export const QC_PLEA_DELAY = buildLegalChunk(
  {
    id: 'qc-cpp-160',
    jurisdiction: 'QC',
    kind: 'procedure',
    citation: 'C.p.p., RLRQ c. C-25.1, art. 160',
    title: 'Plaidoyer du défendeur',
    language: 'fr',
    sourceUrl: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/C-25.1#se:160',
    date: '2026-09-01',
    categories: [],
  },
  "Art. 160. Le défendeur doit, dans les 30 jours de la signification du constat d'infraction, transmettre un plaidoyer de culpabilité ou de non-culpabilité. Le défendeur qui plaide non coupable peut demander la communication de la preuve. À défaut de plaidoyer, un jugement par défaut peut être rendu.",
);

export const QC_DEMERIT_POINTS = buildLegalChunk(
  {
    id: 'qc-points-inaptitude',
    jurisdiction: 'QC',
    kind: 'regulation',
    citation: "Règlement sur les points d'inaptitude, RLRQ c. C-24.2, r. 37",
    title: "Points d'inaptitude",
    language: 'fr',
    sourceUrl: 'https://www.legisquebec.gouv.qc.ca/fr/document/rc/C-24.2,%20r.%2037',
    date: '2026-09-01',
    categories: ['speeding'],
  },
  "Un excès de vitesse de 21 à 30 km/h entraîne 2 points d'inaptitude. Les points demeurent inscrits au dossier pendant deux ans. L'accumulation de points peut mener à la révocation du permis et influer sur la prime d'assurance.",
);

/** Found only through the search tool: citable once the model has been shown it. */
export const QC_RADAR_CASE = buildLegalChunk(
  {
    id: 'qc-cm-montreal-cinemometre-2021',
    jurisdiction: 'QC',
    kind: 'case',
    citation: 'Montréal (Ville de) c. Tremblay, 2021 QCCM 120',
    title: 'Preuve de la vérification du cinémomètre',
    language: 'fr',
    sourceUrl: 'https://www.canlii.org/fr/qc/qccm/doc/2021/2021qccm120/2021qccm120.html',
    date: '2021-05-12',
    categories: ['speeding'],
  },
  "Le tribunal rappelle que la poursuite doit établir la fiabilité du cinémomètre. En l'absence de preuve des vérifications faites avant et après le quart de travail, un doute raisonnable subsiste quant à la vitesse mesurée. Le défendeur est acquitté.",
);

export const QC_SOURCES = [QC_SPEED_LIMIT, QC_PLEA_DELAY, QC_DEMERIT_POINTS];
