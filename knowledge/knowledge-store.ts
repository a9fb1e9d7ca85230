import type { KnowledgeChunk, KnowledgeSearchHit, KnowledgeSearchQuery } from './knowledge-chunk.js';

/**
 * One interface, two real backends chosen by configuration: PostgreSQL
 * full-text search (the default, embedded PGlite or a real server) and Qdrant
 * hybrid search (production).
 */
export interface KnowledgeStore {
  readonly backend: 'postgres' | 'qdrant';
  /** Creates tables or the collection and its indexes when missing; safe to call twice. */
  prepare(): Promise<void>;
  /** Chunk id → content hash of everything stored, so ingestion only writes what changed. */
  listContentHashes(): Promise<Map<string, string>>;
  /** Inserts or replaces these chunks (and embeds them, for a dense backend). */
  upsertChunks(chunks: readonly KnowledgeChunk[]): Promise<void>;
  deleteChunks(ids: readonly string[]): Promise<void>;
  search(query: KnowledgeSearchQuery): Promise<KnowledgeSearchHit[]>;
  close?(): Promise<void>;
}
