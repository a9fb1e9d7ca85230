import type { KnowledgeChunk, KnowledgeSearchQuery } from '../../../knowledge-chunk.js';
import type { KnowledgeRetriever } from '../../../retrieval/knowledge-retriever.js';

/** An in-memory retriever answering every query with the same chunks, and recording the queries. */
export function createFakeRetriever({ chunks }: { chunks: readonly KnowledgeChunk[] }): { retriever: KnowledgeRetriever; queries: KnowledgeSearchQuery[] } {
  const queries: KnowledgeSearchQuery[] = [];
  return {
    queries,
    retriever: {
      async retrieve(query) {
        queries.push(query);
        return chunks.slice(0, query.limit).map((chunk, rank) => ({ chunk, score: 1 - rank / 10 }));
      },
    },
  };
}
