import type { Schemas } from '@qdrant/js-client-rest';
import type { KnowledgeSearchQuery } from '../../knowledge-chunk.js';
import type { SparseVector } from './build-sparse-vector.js';

/**
 * The Query API request (`POST /collections/{c}/points/query`) for one search:
 * prefetches fused by Reciprocal Rank Fusion (or the one search itself when
 * there is only one), or null when the query has nothing to search with (only
 * stop words, and no dense vector).
 *
 * - `bm25` (sparse, IDF applied by Qdrant) for the words and section numbers;
 * - `dense` (when embeddings are configured) for the meaning;
 * - with a categories hint, one more `bm25` prefetch restricted to chunks whose
 *   categories overlap the hint or are empty (general procedure). RRF adds a
 *   point's reciprocal ranks across lists, so appearing in this third list
 *   lifts those chunks without hiding the others, which is what "a hint"
 *   means; a hard filter would drop the statute an officer actually cited
 *   under an unexpected category. It uses the sparse vector because lexical
 *   matches are the precise signal; without query terms it uses the dense one.
 *
 * The jurisdiction filter sits in every prefetch: the fusion only reorders
 * what the prefetches return, so each list must already be restricted.
 */
export function buildHybridQuery({
  sparse,
  dense,
  query,
}: {
  sparse: SparseVector;
  dense: number[] | null;
  query: Pick<KnowledgeSearchQuery, 'jurisdiction' | 'categories' | 'limit'>;
}): Schemas['QueryRequest'] | null {
  const hasTerms = sparse.indices.length > 0;
  if (!hasTerms && !dense) return null;

  const jurisdiction: Schemas['Condition'] = { key: 'jurisdiction', match: { value: query.jurisdiction } };
  // RRF can only reorder what the prefetches return: give it a few times the final count.
  const candidates = Math.max(query.limit * 3, 30);
  const sparseSearch = { query: { indices: sparse.indices, values: sparse.values }, using: 'bm25' };
  const denseSearch = dense ? { query: dense, using: 'dense' } : null;

  const prefetch: Schemas['Prefetch'][] = [];
  if (hasTerms) prefetch.push({ ...sparseSearch, filter: { must: [jurisdiction] }, limit: candidates });
  if (denseSearch) prefetch.push({ ...denseSearch, filter: { must: [jurisdiction] }, limit: candidates });

  const categories = query.categories ?? [];
  if (categories.length > 0) {
    prefetch.push({
      ...(hasTerms ? sparseSearch : (denseSearch as NonNullable<typeof denseSearch>)),
      filter: {
        must: [jurisdiction],
        should: [{ key: 'categories', match: { any: [...categories] } }, { is_empty: { key: 'categories' } }],
      },
      limit: candidates,
    });
  }

  if (prefetch.length === 1) {
    // Nothing to fuse (sparse only, no hint): the plain search, with BM25 scores.
    const [{ limit: _candidates, ...single }] = prefetch;
    return { ...single, limit: query.limit, with_payload: true };
  }
  return { prefetch, query: { fusion: 'rrf' }, limit: query.limit, with_payload: true };
}
