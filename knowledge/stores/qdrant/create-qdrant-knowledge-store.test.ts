import { Embeddings } from '@langchain/core/embeddings';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVoyageEmbeddings } from '../../embeddings/create-voyage-embeddings.js';
import { buildSparseVector } from './build-sparse-vector.js';
import { createQdrantKnowledgeStore } from './create-qdrant-knowledge-store.js';
import { createTestChunk } from './create-test-chunk.test-support.js';
import { derivePointId } from './derive-point-id.js';
import { QdrantKnowledgeStoreError } from './qdrant-knowledge-store-error.js';

/*
 * Wire-format tests with the real @qdrant/js-client-rest. The client sends its
 * requests with the global fetch (an undici Agent passed as `dispatcher`), and
 * nock 14 intercepts the global fetch on Node 20, so nock plays Qdrant here:
 * every request must match an interceptor (net connect is disabled), and each
 * route records the exact path (with its query string) and JSON body it got.
 * Voyage is intercepted the same way.
 */
const QDRANT = 'http://qdrant.test:6333';
const VOYAGE = 'https://api.voyageai.com';
const COLLECTION = 'knowledge';

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

interface Call {
  path: string;
  body: unknown;
  headers: Record<string, unknown>;
}

/** One Qdrant endpoint answering `{ result, status: "ok", time }`, as Qdrant's REST API does. */
function qdrantRoute(method: 'get' | 'put' | 'post', path: string, results: unknown[], base = QDRANT) {
  const calls: Call[] = [];
  const scope = nock(base)
    [method](path)
    .query(true)
    .times(results.length)
    .reply(function (uri, body) {
      calls.push({ path: uri, body: body === '' ? undefined : body, headers: this.req.headers });
      return [200, { result: results[calls.length - 1], status: 'ok', time: 0.002 }];
    });
  return { scope, calls };
}

/** A 1024-d unit vector along axis n: voyage-law-2's size, recognisable in assertions. */
const axis = (n: number) => Array.from({ length: 1024 }, (_, i) => (i === n ? 1 : 0));

/** Voyage answering each input "… #n …" with axis(n), recording the requests. */
function voyageRoute(times: number) {
  const bodies: { input: string[]; model: string; input_type: string }[] = [];
  const scope = nock(VOYAGE)
    .post('/v1/embeddings')
    .times(times)
    .reply((_uri, body) => {
      const request = body as (typeof bodies)[number];
      bodies.push(request);
      const data = request.input.map((text, index) => ({
        object: 'embedding',
        embedding: axis(Number(/#(\d+)/.exec(text)?.[1] ?? 0)),
        index,
      }));
      return [200, { object: 'list', data, model: request.model, usage: { total_tokens: 42 } }];
    });
  return { scope, bodies };
}

const voyage = () => createVoyageEmbeddings({ apiKey: 'voyage-key' });

function collectionInfo({ dense, sparseModifier = 'idf', indexed = ['jurisdiction', 'categories', 'documentId'] }: {
  dense?: { size: number; distance: string };
  sparseModifier?: string | null;
  indexed?: string[];
}) {
  return {
    status: 'green',
    optimizer_status: 'ok',
    indexed_vectors_count: 0,
    points_count: 3,
    segments_count: 2,
    config: {
      params: {
        vectors: dense ? { dense } : {},
        shard_number: 1,
        replication_factor: 1,
        write_consistency_factor: 1,
        on_disk_payload: true,
        sparse_vectors: { bm25: sparseModifier ? { modifier: sparseModifier } : {} },
      },
      hnsw_config: { m: 16, ef_construct: 100, full_scan_threshold: 10000, max_indexing_threads: 0, on_disk: false },
      optimizer_config: {
        deleted_threshold: 0.2,
        vacuum_min_vector_number: 1000,
        default_segment_number: 0,
        max_segment_size: null,
        memmap_threshold: null,
        indexing_threshold: 20000,
        flush_interval_sec: 5,
        max_optimization_threads: null,
      },
      wal_config: { wal_capacity_mb: 32, wal_segments_ahead: 0 },
      quantization_config: null,
    },
    payload_schema: Object.fromEntries(indexed.map((field) => [field, { data_type: 'keyword', points: 3 }])),
  };
}

const speeding = createTestChunk({ text: 'Vitesse maximale #1 : nul ne peut excéder la limite affichée.' });
const procedure = createTestChunk({
  documentId: 'qc-cpp-160',
  index: 2,
  text: 'Le défendeur peut contester le constat d’infraction #2 dans les 30 jours.',
  contentHash: 'b'.repeat(64),
  metadata: { kind: 'procedure', citation: 'C.p.p., RLRQ c. C-25.1, art. 160', title: 'Plaidoyer de non-culpabilité', categories: [] },
});

describe('createQdrantKnowledgeStore', () => {
  describe('prepare', () => {
    it('creates the collection with a Cosine dense vector of the Voyage size, IDF sparse vector and keyword indexes', async () => {
      const exists = qdrantRoute('get', `/collections/${COLLECTION}/exists`, [{ exists: false }]);
      const create = qdrantRoute('put', `/collections/${COLLECTION}`, [true]);
      const index = qdrantRoute('put', `/collections/${COLLECTION}/index`, [
        { operation_id: 1, status: 'completed' },
        { operation_id: 2, status: 'completed' },
        { operation_id: 3, status: 'completed' },
      ]);
      const store = createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION, embeddings: voyage() });

      await store.prepare();

      expect(store.backend).toBe('qdrant');
      exists.scope.done();
      expect(create.calls).toEqual([
        expect.objectContaining({
          path: `/collections/${COLLECTION}`,
          body: {
            vectors: { dense: { size: 1024, distance: 'Cosine' } },
            sparse_vectors: { bm25: { modifier: 'idf' } },
          },
        }),
      ]);
      expect(index.calls.map(({ path, body }) => ({ path, body }))).toEqual(
        ['jurisdiction', 'categories', 'documentId'].map((field) => ({
          path: `/collections/${COLLECTION}/index?wait=true`,
          body: { field_name: field, field_schema: 'keyword' },
        })),
      );
    });

    it('creates a sparse-only collection without embeddings', async () => {
      qdrantRoute('get', `/collections/${COLLECTION}/exists`, [{ exists: false }]);
      const create = qdrantRoute('put', `/collections/${COLLECTION}`, [true]);
      qdrantRoute('put', `/collections/${COLLECTION}/index`, [{}, {}, {}].map((_, i) => ({ operation_id: i, status: 'completed' })));

      await createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION }).prepare();

      expect(create.calls[0].body).toEqual({ vectors: {}, sparse_vectors: { bm25: { modifier: 'idf' } } });
    });

    it('only reads an existing collection that matches (safe to call twice)', async () => {
      const exists = qdrantRoute('get', `/collections/${COLLECTION}/exists`, [{ exists: true }, { exists: true }]);
      const info = collectionInfo({ dense: { size: 1024, distance: 'Cosine' } });
      const get = qdrantRoute('get', `/collections/${COLLECTION}`, [info, info]);
      const store = createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION, embeddings: voyage() });

      await store.prepare();
      await store.prepare(); // a PUT would find no interceptor and fail

      exists.scope.done();
      get.scope.done();
    });

    it('adds a payload index an older collection lacks', async () => {
      qdrantRoute('get', `/collections/${COLLECTION}/exists`, [{ exists: true }]);
      qdrantRoute('get', `/collections/${COLLECTION}`, [collectionInfo({ indexed: ['jurisdiction'] })]);
      const index = qdrantRoute('put', `/collections/${COLLECTION}/index`, [
        { operation_id: 1, status: 'completed' },
        { operation_id: 2, status: 'completed' },
      ]);

      await createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION }).prepare();

      expect(index.calls.map((call) => call.body)).toEqual([
        { field_name: 'categories', field_schema: 'keyword' },
        { field_name: 'documentId', field_schema: 'keyword' },
      ]);
    });

    it('fails clearly when the existing dense vector has another size', async () => {
      qdrantRoute('get', `/collections/${COLLECTION}/exists`, [{ exists: true }]);
      qdrantRoute('get', `/collections/${COLLECTION}`, [collectionInfo({ dense: { size: 768, distance: 'Cosine' } })]);
      const store = createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION, embeddings: voyage() });

      const error = await store.prepare().catch((err: unknown) => err);

      expect(error).toBeInstanceOf(QdrantKnowledgeStoreError);
      expect(error).toMatchObject({ code: 'collection_mismatch' });
      expect((error as Error).message).toMatch(/"knowledge" has a "dense" vector of 768 dimensions \(Cosine\).*1024 dimensions/);
    });

    it('fails clearly when embeddings are configured but the collection is sparse-only', async () => {
      qdrantRoute('get', `/collections/${COLLECTION}/exists`, [{ exists: true }]);
      qdrantRoute('get', `/collections/${COLLECTION}`, [collectionInfo({})]);
      const store = createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION, embeddings: voyage() });
      await expect(store.prepare()).rejects.toThrow(/has no "dense" named vector/);
    });

    it('fails clearly when the bm25 sparse vector lacks the IDF modifier', async () => {
      qdrantRoute('get', `/collections/${COLLECTION}/exists`, [{ exists: true }]);
      qdrantRoute('get', `/collections/${COLLECTION}`, [collectionInfo({ sparseModifier: null })]);
      await expect(createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION }).prepare()).rejects.toThrow(
        /without the IDF modifier/,
      );
    });

    it('measures the dense size with one probe when the embeddings do not say it', async () => {
      class ThreeDimensions extends Embeddings {
        probes = 0;
        constructor() {
          super({});
        }
        async embedDocuments(texts: string[]) {
          return texts.map(() => [0, 0, 1]);
        }
        async embedQuery() {
          this.probes += 1;
          return [0, 0, 1];
        }
      }
      const embeddings = new ThreeDimensions();
      qdrantRoute('get', `/collections/${COLLECTION}/exists`, [{ exists: false }]);
      const create = qdrantRoute('put', `/collections/${COLLECTION}`, [true]);
      qdrantRoute('put', `/collections/${COLLECTION}/index`, [{}, {}, {}].map((_, i) => ({ operation_id: i, status: 'completed' })));

      await createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION, embeddings }).prepare();

      expect(embeddings.probes).toBe(1);
      expect(create.calls[0].body).toMatchObject({ vectors: { dense: { size: 3, distance: 'Cosine' } } });
    });

    it('keeps an explicit default port and a path prefix of QDRANT_URL (reverse proxy)', async () => {
      const base = 'https://proxy.test';
      const exists = qdrantRoute('get', `/qdrant/collections/${COLLECTION}/exists`, [{ exists: true }], base);
      qdrantRoute('get', `/qdrant/collections/${COLLECTION}`, [collectionInfo({})], base);
      await createQdrantKnowledgeStore({ url: 'https://proxy.test:443/qdrant/', collection: COLLECTION }).prepare();
      exists.scope.done();
    });

    it('calls port 6333 when QDRANT_URL has no port, as Qdrant clients do', async () => {
      const exists = qdrantRoute('get', `/collections/${COLLECTION}/exists`, [{ exists: true }]);
      qdrantRoute('get', `/collections/${COLLECTION}`, [collectionInfo({})]);
      await createQdrantKnowledgeStore({ url: 'http://qdrant.test', collection: COLLECTION }).prepare();
      exists.scope.done();
    });

    it('sends the API key in the api-key header', async () => {
      const base = 'https://qdrant.test:6333';
      const exists = qdrantRoute('get', `/collections/${COLLECTION}/exists`, [{ exists: true }], base);
      qdrantRoute('get', `/collections/${COLLECTION}`, [collectionInfo({})], base);
      await createQdrantKnowledgeStore({ url: base, apiKey: 'qdrant-key', collection: COLLECTION }).prepare();
      expect(exists.calls[0].headers['api-key']).toBe('qdrant-key');
    });
  });

  describe('upsertChunks', () => {
    it('sends points with a UUID id, the bm25 sparse vector, the Voyage dense vector and the whole chunk as payload', async () => {
      const embed = voyageRoute(1);
      const upsert = qdrantRoute('put', `/collections/${COLLECTION}/points`, [{ operation_id: 7, status: 'completed' }]);
      const store = createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION, embeddings: voyage() });

      await store.upsertChunks([speeding, procedure]);

      const indexedText = (chunk: typeof speeding) => `${chunk.metadata.citation}\n${chunk.metadata.title}\n${chunk.text}`;
      expect(embed.bodies).toEqual([
        { input: [indexedText(speeding), indexedText(procedure)], model: 'voyage-law-2', input_type: 'document' },
      ]);
      expect(upsert.calls).toHaveLength(1);
      expect(upsert.calls[0].path).toBe(`/collections/${COLLECTION}/points?wait=true`);
      expect(upsert.calls[0].body).toEqual({
        points: [
          {
            id: derivePointId({ chunkId: 'qc-csr-328#0' }),
            vector: { dense: axis(1), bm25: buildSparseVector({ text: indexedText(speeding), role: 'document' }) },
            payload: {
              id: 'qc-csr-328#0',
              documentId: 'qc-csr-328',
              index: 0,
              text: speeding.text,
              contentHash: 'a'.repeat(64),
              jurisdiction: 'QC',
              kind: 'statute',
              citation: 'CSR, RLRQ c. C-24.2, art. 328',
              title: 'Code de la sécurité routière — vitesse',
              language: 'fr',
              sourceUrl: 'https://www.legisquebec.gouv.qc.ca/fr/document/lc/C-24.2',
              date: '2024-01-15',
              categories: ['speeding'],
            },
          },
          {
            id: derivePointId({ chunkId: 'qc-cpp-160#2' }),
            vector: { dense: axis(2), bm25: buildSparseVector({ text: indexedText(procedure), role: 'document' }) },
            payload: expect.objectContaining({ id: 'qc-cpp-160#2', kind: 'procedure', categories: [] }),
          },
        ],
      });
      const sparse = (upsert.calls[0].body as { points: { vector: { bm25: { indices: number[] } } }[] }).points[0].vector.bm25;
      expect(sparse.indices.length).toBeGreaterThan(5);
    });

    it('embeds and upserts in batches, embedding only the chunks given', async () => {
      const embed = voyageRoute(2);
      const upsert = qdrantRoute('put', `/collections/${COLLECTION}/points`, [
        { operation_id: 1, status: 'completed' },
        { operation_id: 2, status: 'completed' },
      ]);
      const chunks = [1, 2, 3].map((n) => createTestChunk({ index: n, text: `Texte #${n}` }));
      const store = createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION, embeddings: voyage(), upsertBatchSize: 2 });

      await store.upsertChunks(chunks);

      expect(embed.bodies.map((body) => body.input.length)).toEqual([2, 1]);
      const sentIds = upsert.calls.map((call) => (call.body as { points: { id: string }[] }).points.map((point) => point.id));
      expect(sentIds).toEqual([chunks.slice(0, 2).map((c) => derivePointId({ chunkId: c.id })), [derivePointId({ chunkId: chunks[2].id })]]);
    });

    it('sends only the sparse vector without embeddings', async () => {
      const upsert = qdrantRoute('put', `/collections/${COLLECTION}/points`, [{ operation_id: 1, status: 'completed' }]);
      await createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION }).upsertChunks([speeding]);
      const [point] = (upsert.calls[0].body as { points: { vector: Record<string, unknown> }[] }).points;
      expect(Object.keys(point.vector)).toEqual(['bm25']);
    });
  });

  describe('listContentHashes', () => {
    it('scrolls every page, asking only for the chunk id and content hash', async () => {
      const scroll = qdrantRoute('post', `/collections/${COLLECTION}/points/scroll`, [
        {
          points: [
            { id: derivePointId({ chunkId: 'qc-csr-328#0' }), payload: { id: 'qc-csr-328#0', contentHash: 'hash-0' } },
            { id: derivePointId({ chunkId: 'qc-csr-328#1' }), payload: { id: 'qc-csr-328#1', contentHash: 'hash-1' } },
          ],
          next_page_offset: derivePointId({ chunkId: 'on-hta-128#0' }),
        },
        {
          points: [{ id: derivePointId({ chunkId: 'on-hta-128#0' }), payload: { id: 'on-hta-128#0', contentHash: 'hash-2' } }],
          next_page_offset: null,
        },
      ]);
      const store = createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION, scrollPageSize: 2 });

      const hashes = await store.listContentHashes();

      expect(hashes).toEqual(new Map([['qc-csr-328#0', 'hash-0'], ['qc-csr-328#1', 'hash-1'], ['on-hta-128#0', 'hash-2']]));
      expect(scroll.calls.map((call) => call.body)).toEqual([
        { limit: 2, with_payload: ['id', 'contentHash'], with_vector: false },
        { limit: 2, offset: derivePointId({ chunkId: 'on-hta-128#0' }), with_payload: ['id', 'contentHash'], with_vector: false },
      ]);
    });

    it('fails on a point that is not a chunk rather than forget it', async () => {
      qdrantRoute('post', `/collections/${COLLECTION}/points/scroll`, [{ points: [{ id: 1, payload: { foo: 'bar' } }], next_page_offset: null }]);
      await expect(createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION }).listContentHashes()).rejects.toThrow(
        QdrantKnowledgeStoreError,
      );
    });
  });

  describe('deleteChunks', () => {
    it('deletes the points of these chunk ids and waits for it', async () => {
      const remove = qdrantRoute('post', `/collections/${COLLECTION}/points/delete`, [{ operation_id: 3, status: 'completed' }]);
      await createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION }).deleteChunks(['qc-csr-328#0', 'qc-cpp-160#2']);
      expect(remove.calls).toEqual([
        expect.objectContaining({
          path: `/collections/${COLLECTION}/points/delete?wait=true`,
          body: { points: [derivePointId({ chunkId: 'qc-csr-328#0' }), derivePointId({ chunkId: 'qc-cpp-160#2' })] },
        }),
      ]);
    });
  });

  describe('search', () => {
    const jurisdictionFilter = { must: [{ key: 'jurisdiction', match: { value: 'QC' } }] };
    const queryResult = {
      points: [
        {
          id: derivePointId({ chunkId: speeding.id }),
          version: 4,
          score: 0.8333,
          payload: {
            id: speeding.id,
            documentId: speeding.documentId,
            index: speeding.index,
            text: speeding.text,
            contentHash: speeding.contentHash,
            jurisdiction: 'QC',
            kind: 'statute',
            citation: speeding.metadata.citation,
            title: speeding.metadata.title,
            language: 'fr',
            sourceUrl: speeding.metadata.sourceUrl,
            date: '2024-01-15',
            categories: ['speeding'],
          },
        },
        {
          id: derivePointId({ chunkId: procedure.id }),
          version: 4,
          score: 0.5,
          payload: (({ id: _documentId, ...metadata }) => ({
            ...metadata,
            id: procedure.id,
            documentId: procedure.documentId,
            index: procedure.index,
            text: procedure.text,
            contentHash: procedure.contentHash,
          }))(procedure.metadata),
        },
      ],
    };

    it('fuses sparse, dense and a categories-restricted prefetch by RRF, the jurisdiction filter in each', async () => {
      const embed = voyageRoute(1);
      const query = qdrantRoute('post', `/collections/${COLLECTION}/points/query`, [queryResult]);
      const store = createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION, embeddings: voyage() });

      const hits = await store.search({ text: 'excès de vitesse #5', jurisdiction: 'QC', categories: ['speeding'], limit: 5 });

      expect(embed.bodies).toEqual([{ input: ['excès de vitesse #5'], model: 'voyage-law-2', input_type: 'query' }]);
      const sparse = buildSparseVector({ text: 'excès de vitesse #5', role: 'query' });
      expect(query.calls[0].body).toEqual({
        prefetch: [
          { query: sparse, using: 'bm25', filter: jurisdictionFilter, limit: 30 },
          { query: axis(5), using: 'dense', filter: jurisdictionFilter, limit: 30 },
          {
            query: sparse,
            using: 'bm25',
            filter: {
              must: [{ key: 'jurisdiction', match: { value: 'QC' } }],
              should: [{ key: 'categories', match: { any: ['speeding'] } }, { is_empty: { key: 'categories' } }],
            },
            limit: 30,
          },
        ],
        query: { fusion: 'rrf' },
        limit: 5,
        with_payload: true,
      });
      expect(hits).toEqual([
        { chunk: speeding, score: 0.8333 },
        { chunk: procedure, score: 0.5 },
      ]);
    });

    it('searches the sparse vector only when there are no embeddings (no VOYAGE key)', async () => {
      const query = qdrantRoute('post', `/collections/${COLLECTION}/points/query`, [{ points: [] }]);
      const store = createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION, embeddings: null });

      await expect(store.search({ text: 'cellulaire au volant', jurisdiction: 'QC', limit: 40 })).resolves.toEqual([]);

      // One list, nothing to fuse: the plain sparse search.
      expect(query.calls[0].body).toEqual({
        query: buildSparseVector({ text: 'cellulaire au volant', role: 'query' }),
        using: 'bm25',
        filter: jurisdictionFilter,
        limit: 40,
        with_payload: true,
      });
    });

    it('fuses the sparse search with the categories prefetch when there are no embeddings', async () => {
      const query = qdrantRoute('post', `/collections/${COLLECTION}/points/query`, [{ points: [] }]);
      const store = createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION });

      await store.search({ text: 'cellulaire au volant', jurisdiction: 'QC', categories: ['handheld_device'], limit: 4 });

      const body = query.calls[0].body as { prefetch: { using: string; limit: number }[]; query: unknown };
      expect(body.query).toEqual({ fusion: 'rrf' });
      expect(body.prefetch.map((p) => [p.using, p.limit])).toEqual([['bm25', 30], ['bm25', 30]]);
    });

    it('restricts the categories prefetch with the dense vector when the query has no search terms', async () => {
      voyageRoute(1);
      const query = qdrantRoute('post', `/collections/${COLLECTION}/points/query`, [{ points: [] }]);
      const store = createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION, embeddings: voyage() });

      await store.search({ text: 'of the', jurisdiction: 'QC', categories: ['camera', 'red_light'], limit: 3 });

      const { prefetch } = query.calls[0].body as { prefetch: { using: string; filter: unknown }[] };
      expect(prefetch.map((p) => p.using)).toEqual(['dense', 'dense']);
      expect(prefetch[1].filter).toEqual({
        must: [{ key: 'jurisdiction', match: { value: 'QC' } }],
        should: [{ key: 'categories', match: { any: ['camera', 'red_light'] } }, { is_empty: { key: 'categories' } }],
      });
    });

    it('sends nothing when a sparse-only query has no search terms', async () => {
      const store = createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION });
      await expect(store.search({ text: 'de la', jurisdiction: 'ON', limit: 5 })).resolves.toEqual([]);
    });

    it('fails on a hit whose payload is not a chunk', async () => {
      qdrantRoute('post', `/collections/${COLLECTION}/points/query`, [
        { points: [{ id: 1, version: 0, score: 1, payload: { id: 'x', text: 'no metadata' } }] },
      ]);
      const store = createQdrantKnowledgeStore({ url: QDRANT, collection: COLLECTION });
      await expect(store.search({ text: 'vitesse', jurisdiction: 'QC', limit: 5 })).rejects.toMatchObject({ code: 'invalid_payload' });
    });
  });
});
