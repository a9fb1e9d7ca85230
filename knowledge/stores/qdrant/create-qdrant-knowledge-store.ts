import type { Embeddings } from '@langchain/core/embeddings';
import { QdrantClient, type Schemas } from '@qdrant/js-client-rest';
import type { KnowledgeChunk, KnowledgeSearchHit, KnowledgeSearchQuery } from '../../knowledge-chunk.js';
import type { KnowledgeStore } from '../../knowledge-store.js';
import { normaliseSearchText } from '../../retrieval/normalise-search-text.js';
import { buildHybridQuery } from './build-hybrid-query.js';
import { buildSparseVector } from './build-sparse-vector.js';
import { convertChunkToPayload } from './convert-chunk-to-payload.js';
import { convertPayloadToChunk } from './convert-payload-to-chunk.js';
import { derivePointId } from './derive-point-id.js';
import { prepareQdrantCollection } from './prepare-qdrant-collection.js';
import { QdrantKnowledgeStoreError } from './qdrant-knowledge-store-error.js';

export interface QdrantKnowledgeStoreOptions {
  url: string;
  apiKey?: string;
  collection: string;
  /** Dense embeddings (Voyage in production); null or absent: BM25 sparse search only. */
  embeddings?: Embeddings | null;
  /** The embeddings' dimension; when absent, taken from `embeddings.dimensions` or measured with one probe query. */
  denseSize?: number;
  /** An already configured client (tests, or to share one); `url` and `apiKey` are then unused. */
  client?: QdrantClient;
  /** Points per upsert request (and texts per embedding call from the store). */
  upsertBatchSize?: number;
  /** Points per scroll page when listing content hashes. */
  scrollPageSize?: number;
  /** Per Qdrant request, when the store builds the client: a search must not hang a conversation. */
  timeoutMs?: number;
}

/**
 * The production knowledge store: Qdrant hybrid search, BM25-style sparse
 * vectors (`bm25`, IDF applied by Qdrant) fused by RRF with dense embeddings
 * (`dense`) when they are configured. One point per chunk, its id derived from
 * the chunk id, its payload the whole chunk.
 */
export function createQdrantKnowledgeStore({
  url,
  apiKey,
  collection,
  embeddings = null,
  denseSize,
  client: givenClient,
  upsertBatchSize = 64,
  scrollPageSize = 256,
  timeoutMs = 30_000,
}: QdrantKnowledgeStoreOptions): KnowledgeStore {
  // The version check is off: it fires a request from the constructor and only
  // console.warns. The store needs Qdrant ≥ 1.10 (Query API, IDF modifier).
  const client =
    givenClient ?? new QdrantClient({ ...addressOptions(url), apiKey, timeout: timeoutMs, checkCompatibility: false });
  let resolvedDenseSize: Promise<number | null> | undefined;

  function resolveDenseSize(): Promise<number | null> {
    if (!resolvedDenseSize) {
      resolvedDenseSize = measureDenseSize();
      // A failed probe is tried again on the next call rather than remembered.
      resolvedDenseSize.catch(() => {
        resolvedDenseSize = undefined;
      });
    }
    return resolvedDenseSize;
  }

  async function measureDenseSize(): Promise<number | null> {
    if (!embeddings) return null;
    if (denseSize !== undefined) return denseSize;
    const known = (embeddings as Partial<{ dimensions: unknown }>).dimensions;
    if (typeof known === 'number') return known;
    return (await embeddings.embedQuery('dimension probe')).length;
  }

  return {
    backend: 'qdrant',

    async prepare() {
      await prepareQdrantCollection({ client, collection, denseSize: await resolveDenseSize() });
    },

    async listContentHashes() {
      const hashes = new Map<string, string>();
      let offset: Schemas['ExtendedPointId'] | undefined;
      do {
        const page = await client.scroll(collection, {
          limit: scrollPageSize,
          offset,
          with_payload: ['id', 'contentHash'],
          with_vector: false,
        });
        for (const point of page.points) {
          const { id, contentHash } = point.payload ?? {};
          if (typeof id !== 'string' || typeof contentHash !== 'string') {
            throw new QdrantKnowledgeStoreError(`Qdrant point ${point.id} has no chunk id or content hash`, 'invalid_payload');
          }
          hashes.set(id, contentHash);
        }
        const next = page.next_page_offset;
        offset = typeof next === 'string' || typeof next === 'number' ? next : undefined;
      } while (offset !== undefined);
      return hashes;
    },

    async upsertChunks(chunks) {
      for (let start = 0; start < chunks.length; start += upsertBatchSize) {
        const batch = chunks.slice(start, start + upsertBatchSize);
        const texts = batch.map(indexedText);
        // Only these chunks are embedded: ingestion already left out the unchanged ones.
        const vectors = embeddings ? await embeddings.embedDocuments(texts) : null;
        if (vectors && vectors.length !== batch.length) {
          throw new Error(`The embeddings returned ${vectors.length} vectors for ${batch.length} chunks`);
        }
        const points = batch.map((chunk, i) => {
          const sparse = buildSparseVector({ text: texts[i], role: 'document' });
          const vector: Record<string, number[] | Schemas['SparseVector']> = {};
          if (vectors) vector.dense = vectors[i];
          // A chunk of stop words only has no sparse vector: Qdrant then simply never matches it by words.
          if (sparse.indices.length > 0) vector.bm25 = sparse;
          return { id: derivePointId({ chunkId: chunk.id }), vector, payload: convertChunkToPayload({ chunk }) };
        });
        await client.upsert(collection, { wait: true, points });
      }
    },

    async deleteChunks(ids) {
      for (let start = 0; start < ids.length; start += scrollPageSize) {
        const points = ids.slice(start, start + scrollPageSize).map((chunkId) => derivePointId({ chunkId }));
        await client.delete(collection, { wait: true, points });
      }
    },

    async search(query: KnowledgeSearchQuery): Promise<KnowledgeSearchHit[]> {
      if (query.limit <= 0) return [];
      const sparse = buildSparseVector({ text: query.text, role: 'query' });
      // The raw text goes to the embedding model: accents and punctuation carry meaning for it.
      const dense = embeddings && normaliseSearchText(query.text) ? await embeddings.embedQuery(query.text) : null;
      const request = buildHybridQuery({ sparse, dense, query });
      if (!request) return [];
      const { points } = await client.query(collection, request);
      return points.map((point) => ({ chunk: convertPayloadToChunk({ payload: point.payload }), score: point.score }));
    },
  };
}

/**
 * What is indexed for a chunk, sparse and dense alike: its citation and title
 * before the text, because a chunk cut from the middle of a section no longer
 * says which section it is, and queries often name exactly that ("art. 328").
 */
function indexedText(chunk: KnowledgeChunk): string {
  return `${chunk.metadata.citation}\n${chunk.metadata.title}\n${chunk.text}`;
}

/**
 * The client's address options for QDRANT_URL. The client parses `url` with
 * WHATWG URL, which drops a port equal to the scheme's default, and then falls
 * back to 6333: "https://qdrant.example.com:443" would be called on 6333, and a
 * path ("https://proxy/qdrant") would be dropped (qdrant-js issues #59, #94).
 * So an explicit port and the path are passed separately; a URL without a
 * port keeps the client's 6333, Qdrant's own convention (Qdrant Cloud too).
 */
function addressOptions(url: string): { url: string; port?: number; prefix?: string } {
  const parsed = new URL(url);
  const explicitPort = /^[a-z]+:\/\/(?:[^@/]*@)?(?:\[[^\]]*\]|[^:/]*):(\d+)/i.exec(url)?.[1];
  const path = parsed.pathname.replace(/\/+$/, '');
  return {
    url: `${parsed.protocol}//${parsed.hostname}`,
    ...(explicitPort ? { port: Number(explicitPort) } : {}),
    ...(path ? { prefix: path } : {}),
  };
}
