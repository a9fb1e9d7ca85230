import type { QdrantClient, Schemas } from '@qdrant/js-client-rest';
import { QdrantKnowledgeStoreError } from './qdrant-knowledge-store-error.js';

/** Payload fields the search filters on (jurisdiction, categories) or ingestion may (documentId). */
const KEYWORD_INDEXES = ['jurisdiction', 'categories', 'documentId'] as const;

/**
 * Creates the collection when missing — a `dense` named vector (Cosine) only
 * when embeddings are configured, and always the `bm25` sparse vector with
 * Qdrant's IDF modifier — then the keyword payload indexes the filters use.
 * An existing collection is only read: it must have `bm25` with IDF and, when
 * embeddings are configured, a `dense` vector of the same size and distance,
 * otherwise searching it would fail or silently compare unrelated vectors.
 * Missing payload indexes are added (an older collection may lack one).
 */
export async function prepareQdrantCollection({
  client,
  collection,
  denseSize,
}: {
  client: QdrantClient;
  collection: string;
  /** The embeddings' dimension, or null for a sparse-only store. */
  denseSize: number | null;
}): Promise<void> {
  const { exists } = await client.collectionExists(collection);
  let indexed = new Set<string>();
  if (exists) {
    const info = await client.getCollection(collection);
    checkVectors({ collection, params: info.config.params, denseSize });
    indexed = new Set(Object.keys(info.payload_schema ?? {}));
  } else {
    await createCollection({ client, collection, denseSize });
  }
  for (const field of KEYWORD_INDEXES) {
    if (!indexed.has(field)) await createKeywordIndex({ client, collection, field });
  }
}

async function createCollection({
  client,
  collection,
  denseSize,
}: {
  client: QdrantClient;
  collection: string;
  denseSize: number | null;
}): Promise<void> {
  await client.createCollection(collection, {
    // An empty map of dense vectors is how a sparse-only collection is created (LangChain's Qdrant store does the same).
    vectors: denseSize === null ? {} : { dense: { size: denseSize, distance: 'Cosine' } },
    sparse_vectors: { bm25: { modifier: 'idf' } },
  });
}

async function createKeywordIndex({
  client,
  collection,
  field,
}: {
  client: QdrantClient;
  collection: string;
  field: string;
}): Promise<void> {
  await client.createPayloadIndex(collection, { field_name: field, field_schema: 'keyword', wait: true });
}

function checkVectors({
  collection,
  params,
  denseSize,
}: {
  collection: string;
  params: Schemas['CollectionParams'];
  denseSize: number | null;
}): void {
  const mismatch = (found: string, wanted: string) =>
    new QdrantKnowledgeStoreError(
      `Qdrant collection "${collection}" ${found}, but this service ${wanted}. ` +
        'Point QDRANT_COLLECTION at another collection, or delete this one and ingest again.',
      'collection_mismatch',
    );

  const bm25 = params.sparse_vectors?.bm25;
  if (!bm25) throw mismatch('has no "bm25" sparse vector', 'searches one');
  if (bm25.modifier !== 'idf') throw mismatch(`has its "bm25" sparse vector without the IDF modifier`, 'relies on Qdrant applying IDF');

  if (denseSize === null) return; // A dense vector left from an earlier configuration is simply not used.
  const vectors = params.vectors as Record<string, Schemas['VectorParams'] | undefined> | Schemas['VectorParams'] | undefined;
  const dense = vectors && !('size' in vectors) ? vectors.dense : undefined;
  if (!dense) throw mismatch('has no "dense" named vector', `embeds with ${denseSize} dimensions`);
  if (dense.size !== denseSize || dense.distance !== 'Cosine') {
    throw mismatch(
      `has a "dense" vector of ${dense.size} dimensions (${dense.distance})`,
      `embeds with ${denseSize} dimensions (Cosine)`,
    );
  }
}
