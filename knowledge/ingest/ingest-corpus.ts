import type { KnowledgeChunk } from '../knowledge-chunk.js';
import type { KnowledgeStore } from '../knowledge-store.js';

export interface IngestCorpusOptions {
  store: KnowledgeStore;
  chunks: readonly KnowledgeChunk[];
  /** Upsert batch size: bounds memory and the size of one embedding request. */
  batchSize?: number;
}

export interface IngestReport {
  backend: KnowledgeStore['backend'];
  chunks: number;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/**
 * Brings the store in line with the corpus: new and changed chunks are
 * written (and embedded, for a dense backend), unchanged ones are left alone,
 * chunks of removed or shortened documents are deleted. Running it twice
 * writes nothing the second time.
 */
export async function ingestCorpus({ store, chunks, batchSize = 64 }: IngestCorpusOptions): Promise<IngestReport> {
  await store.prepare();
  const stored = await store.listContentHashes();
  const toWrite = chunks.filter((chunk) => stored.get(chunk.id) !== chunk.contentHash);
  const wanted = new Set(chunks.map((chunk) => chunk.id));
  const toDelete = [...stored.keys()].filter((id) => !wanted.has(id));
  for (let start = 0; start < toWrite.length; start += batchSize) {
    await store.upsertChunks(toWrite.slice(start, start + batchSize));
  }
  if (toDelete.length > 0) await store.deleteChunks(toDelete);
  const added = toWrite.filter((chunk) => !stored.has(chunk.id)).length;
  return {
    backend: store.backend,
    chunks: chunks.length,
    added,
    updated: toWrite.length - added,
    unchanged: chunks.length - toWrite.length,
    removed: toDelete.length,
  };
}
