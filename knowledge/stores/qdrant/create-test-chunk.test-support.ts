import type { KnowledgeChunk } from '../../knowledge-chunk.js';

/** A realistic chunk for the Qdrant store's tests; override what a test is about. */
export function createTestChunk(overrides: Partial<Omit<KnowledgeChunk, 'metadata'>> & { metadata?: Partial<KnowledgeChunk['metadata']> } = {}): KnowledgeChunk {
  const { metadata, ...chunk } = overrides;
  const documentId = chunk.documentId ?? metadata?.id ?? 'qc-csr-328';
  const index = chunk.index ?? 0;
  return {
    id: `${documentId}#${index}`,
    documentId,
    index,
    text: 'Nul ne peut conduire un véhicule routier à une vitesse excédant les limites indiquées par la signalisation.',
    contentHash: 'a'.repeat(64),
    ...chunk,
    metadata: {
      id: documentId,
      jurisdiction: 'QC',
      kind: 'statute',
      citation: 'CSR, RLRQ c. C-24.2, art. 328',
      title: 'Code de la sécurité routière — vitesse',
      language: 'fr',
      sourceUrl: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/C-24.2',
      date: '2024-01-15',
      categories: ['speeding'],
      ...metadata,
    },
  };
}
