import type { KnowledgeStore } from '../../knowledge/knowledge-store.js';
import type { Logger } from '../logging/create-logger.js';
import type { ProviderGuard } from './create-provider-breakers.js';

export interface FailoverKnowledgeStore extends KnowledgeStore {
  /** Searches the fallback answered since start: an analysis that saw this number move is marked for review. */
  countFallbacks(): number;
}

export interface CreateFailoverKnowledgeStoreOptions {
  /** Qdrant (with Voyage): the configured search. */
  primary: KnowledgeStore;
  /** PostgreSQL full text in our own database: always there when the service is. */
  fallback: KnowledgeStore;
  guard: ProviderGuard;
  logger: Logger;
}

/**
 * Searches Qdrant through its breaker and, when it fails or the breaker is
 * open, the PostgreSQL full-text copy of the same corpus: the analysis still
 * has grounds (offline rules need retrieval too) and is marked for review.
 * Ingestion writes to both; writes to the primary are not hidden.
 */
export function createFailoverKnowledgeStore({ primary, fallback, guard, logger }: CreateFailoverKnowledgeStoreOptions): FailoverKnowledgeStore {
  let fallbacks = 0;
  return {
    backend: primary.backend,
    prepare: () => primary.prepare(),
    listContentHashes: () => primary.listContentHashes(),
    upsertChunks: (chunks) => guard.execute(() => primary.upsertChunks(chunks)),
    deleteChunks: (ids) => guard.execute(() => primary.deleteChunks(ids)),
    async search(query) {
      try {
        return await guard.execute(() => primary.search(query));
      } catch (error) {
        fallbacks += 1;
        logger.warn({ err: error, backend: primary.backend }, 'knowledge search failed: full-text search answers, analysis marked for review');
        return fallback.search(query);
      }
    },
    countFallbacks: () => fallbacks,
    close: primary.close ? () => primary.close!() : undefined,
  };
}
