import type { KnowledgeSearchHit, KnowledgeSearchQuery } from '../knowledge-chunk.js';

/**
 * What the analysers search with: a store behind query expansion (FR/EN/ES
 * legal vocabulary), whichever backend is configured.
 */
export interface KnowledgeRetriever {
  retrieve(query: KnowledgeSearchQuery): Promise<KnowledgeSearchHit[]>;
}
