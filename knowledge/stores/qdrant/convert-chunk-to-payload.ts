import type { KnowledgeChunk } from '../../knowledge-chunk.js';

/**
 * A chunk as a Qdrant payload: the whole chunk, its metadata flattened so
 * `jurisdiction`, `categories` and `documentId` can be indexed and filtered
 * on by their plain names. `metadata.id` is not stored twice: it is the
 * document id.
 */
export function convertChunkToPayload({ chunk }: { chunk: KnowledgeChunk }): Record<string, unknown> {
  const { metadata } = chunk;
  return {
    id: chunk.id,
    documentId: chunk.documentId,
    index: chunk.index,
    text: chunk.text,
    contentHash: chunk.contentHash,
    jurisdiction: metadata.jurisdiction,
    kind: metadata.kind,
    citation: metadata.citation,
    title: metadata.title,
    language: metadata.language,
    sourceUrl: metadata.sourceUrl,
    date: metadata.date,
    categories: [...metadata.categories],
  };
}
