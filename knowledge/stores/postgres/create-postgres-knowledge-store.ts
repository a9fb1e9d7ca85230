import type { KnowledgeChunk, KnowledgeDocumentMetadata, KnowledgeSearchHit, KnowledgeSearchQuery } from '../../knowledge-chunk.js';
import type { KnowledgeStore } from '../../knowledge-store.js';
import { normaliseSearchText } from '../../retrieval/normalise-search-text.js';
import { buildTsQuery } from './build-ts-query.js';
import type { KnowledgeSql } from './knowledge-sql.js';

export interface CreatePostgresKnowledgeStoreOptions {
  sql: KnowledgeSql;
}

/**
 * PostgreSQL full-text search over the corpus, in the embedded PGlite or a
 * real server. The index is derived data owned by this store (schema
 * `knowledge`, rebuilt by `npm run knowledge:ingest`), not business data, so it
 * lives outside Prisma's migrations, as a Qdrant collection would.
 *
 * Accent-insensitive without the unaccent extension (PGlite has none): the
 * text is folded in code (normaliseSearchText) and both the French and the
 * English configurations stem it, so "excès de vitesse", "exces", "speeding"
 * all find their lexemes. Citation and title weigh twice the body (a title alone must not outrank the offence asked about).
 */
export function createPostgresKnowledgeStore({ sql }: CreatePostgresKnowledgeStoreOptions): KnowledgeStore {
  return {
    backend: 'postgres',
    async prepare() {
      for (const statement of SCHEMA) await sql.execute(statement);
    },
    async listContentHashes() {
      const rows = await sql.query<{ id: string; content_hash: string }>('SELECT id, content_hash FROM knowledge.chunk');
      return new Map(rows.map((row) => [row.id, row.content_hash]));
    },
    async upsertChunks(chunks) {
      if (chunks.length === 0) return;
      await sql.execute(UPSERT, [JSON.stringify(chunks.map(toRow))]);
    },
    async deleteChunks(ids) {
      if (ids.length === 0) return;
      await sql.execute('DELETE FROM knowledge.chunk WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))', [JSON.stringify(ids)]);
    },
    async search(query: KnowledgeSearchQuery): Promise<KnowledgeSearchHit[]> {
      const tsQuery = buildTsQuery(query.text);
      if (!tsQuery) return [];
      const rows = await sql.query<ChunkRow & { rank: number }>(SEARCH, [
        query.jurisdiction,
        tsQuery,
        JSON.stringify(query.categories ?? []),
        query.limit,
      ]);
      return rows.map((row) => ({ chunk: fromRow(row), score: Number(row.rank) }));
    },
  };
}

const SCHEMA = [
  'CREATE SCHEMA IF NOT EXISTS knowledge',
  `CREATE TABLE IF NOT EXISTS knowledge.chunk (
    id text PRIMARY KEY,
    document_id text NOT NULL,
    chunk_index integer NOT NULL,
    jurisdiction text NOT NULL,
    kind text NOT NULL,
    citation text NOT NULL,
    title text NOT NULL,
    language text NOT NULL,
    source_url text NOT NULL,
    document_date date NOT NULL,
    categories text[] NOT NULL,
    body text NOT NULL,
    content_hash text NOT NULL,
    search_head text NOT NULL,
    search_body text NOT NULL,
    search_vector tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('french', search_head), 'A') || setweight(to_tsvector('english', search_head), 'A') ||
      setweight(to_tsvector('french', search_body), 'D') || setweight(to_tsvector('english', search_body), 'D')
    ) STORED,
    indexed_at timestamptz NOT NULL DEFAULT now()
  )`,
  'CREATE INDEX IF NOT EXISTS chunk_search_vector_idx ON knowledge.chunk USING gin (search_vector)',
  'CREATE INDEX IF NOT EXISTS chunk_jurisdiction_idx ON knowledge.chunk (jurisdiction)',
];

const UPSERT = `INSERT INTO knowledge.chunk AS c (id, document_id, chunk_index, jurisdiction, kind, citation, title, language, source_url,
    document_date, categories, body, content_hash, search_head, search_body)
  SELECT r.id, r.document_id, r.chunk_index, r.jurisdiction, r.kind, r.citation, r.title, r.language, r.source_url,
    r.document_date, ARRAY(SELECT jsonb_array_elements_text(r.categories)), r.body, r.content_hash, r.search_head, r.search_body
  FROM jsonb_to_recordset($1::jsonb) AS r(id text, document_id text, chunk_index integer, jurisdiction text, kind text, citation text,
    title text, language text, source_url text, document_date date, categories jsonb, body text, content_hash text, search_head text, search_body text)
  ON CONFLICT (id) DO UPDATE SET document_id = excluded.document_id, chunk_index = excluded.chunk_index, jurisdiction = excluded.jurisdiction,
    kind = excluded.kind, citation = excluded.citation, title = excluded.title, language = excluded.language, source_url = excluded.source_url,
    document_date = excluded.document_date, categories = excluded.categories, body = excluded.body, content_hash = excluded.content_hash,
    search_head = excluded.search_head, search_body = excluded.search_body, indexed_at = now()`;

// Rank: cover density (how many query terms, how close). With the ticket's
// categories given, chunks about that offence and general procedure (no
// categories) come first, that offence's own rules weighted up; another
// offence's rules only fill the places left.
const SEARCH = `WITH q AS (SELECT to_tsquery('french', $2) || to_tsquery('english', $2) AS query),
  wanted AS (SELECT array_agg(value) AS categories FROM jsonb_array_elements_text($3::jsonb)),
  ranked AS (
    SELECT c.*, ts_rank_cd('{0.5, 0.5, 0.5, 1.0}', c.search_vector, q.query, 1)
        * CASE WHEN c.categories && wanted.categories THEN 1.5 ELSE 1.0 END AS rank,
      CASE WHEN wanted.categories IS NULL OR c.categories && wanted.categories OR cardinality(c.categories) = 0 THEN 0 ELSE 1 END AS tier
    FROM knowledge.chunk c, q, wanted
    WHERE c.jurisdiction = $1 AND c.search_vector @@ q.query)
  SELECT id, document_id, chunk_index, jurisdiction, kind, citation, title, language, source_url,
    to_char(document_date, 'YYYY-MM-DD') AS document_date, categories, body, content_hash, rank
  FROM ranked
  ORDER BY tier, rank DESC, id
  LIMIT $4`;

interface ChunkRow {
  id: string;
  document_id: string;
  chunk_index: number;
  jurisdiction: string;
  kind: string;
  citation: string;
  title: string;
  language: string;
  source_url: string;
  document_date: string;
  categories: string[];
  body: string;
  content_hash: string;
}

function toRow(chunk: KnowledgeChunk) {
  const m = chunk.metadata;
  return {
    id: chunk.id,
    document_id: chunk.documentId,
    chunk_index: chunk.index,
    jurisdiction: m.jurisdiction,
    kind: m.kind,
    citation: m.citation,
    title: m.title,
    language: m.language,
    source_url: m.sourceUrl,
    document_date: m.date,
    categories: m.categories,
    body: chunk.text,
    content_hash: chunk.contentHash,
    search_head: normaliseSearchText(`${m.citation} ${m.title} ${m.id}`),
    search_body: normaliseSearchText(chunk.text),
  };
}

function fromRow(row: ChunkRow): KnowledgeChunk {
  const metadata = {
    id: row.document_id,
    jurisdiction: row.jurisdiction,
    kind: row.kind,
    citation: row.citation,
    title: row.title,
    language: row.language,
    sourceUrl: row.source_url,
    date: row.document_date,
    categories: row.categories,
  } as KnowledgeDocumentMetadata;
  return { id: row.id, documentId: row.document_id, index: Number(row.chunk_index), text: row.body, contentHash: row.content_hash, metadata };
}
