import type { KnowledgeChunk } from '../knowledge-chunk.js';
import type { KnowledgeRetriever } from '../retrieval/knowledge-retriever.js';
import { expandQuery } from '../retrieval/expand-query.js';
import { normaliseSearchText } from '../retrieval/normalise-search-text.js';

/**
 * An in-memory retriever for analyser tests: same jurisdiction filter and
 * category preference as the stores, ranked by shared words. Not a backend.
 */
export function createWordOverlapRetriever(chunks: readonly KnowledgeChunk[]): KnowledgeRetriever & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries,
    async retrieve({ text, jurisdiction, categories = [], limit }) {
      queries.push(text);
      const words = new Set(expandQuery(text).split(/[^a-z0-9]+/).filter((w) => w.length > 3));
      return chunks
        .filter((chunk) => chunk.metadata.jurisdiction === jurisdiction)
        .map((chunk) => {
          const own = normaliseSearchText(`${chunk.documentId} ${chunk.text}`).split(/[^a-z0-9]+/);
          const shared = own.filter((w) => words.has(w)).length;
          const c = chunk.metadata.categories;
          const tier = categories.length === 0 || c.length === 0 || c.some((x) => categories.includes(x)) ? 0 : 1;
          return { chunk, score: shared, tier };
        })
        .filter((hit) => hit.score > 0)
        .sort((a, b) => a.tier - b.tier || b.score - a.score)
        .slice(0, limit)
        .map(({ chunk, score }) => ({ chunk, score }));
    },
  };
}
