import { z } from 'zod';
import { knowledgeDocumentMetadataSchema, type KnowledgeChunk } from '../../knowledge-chunk.js';
import { QdrantKnowledgeStoreError } from './qdrant-knowledge-store-error.js';

const chunkPayloadSchema = knowledgeDocumentMetadataSchema.omit({ id: true }).extend({
  id: z.string().min(1),
  documentId: knowledgeDocumentMetadataSchema.shape.id,
  index: z.number().int().nonnegative(),
  text: z.string(),
  contentHash: z.string().min(1),
});

/**
 * The chunk back from a stored payload (see convertChunkToPayload). The
 * payload is validated: a point written by another version or by hand must
 * fail loudly here rather than hand the analysers a half-empty citation.
 */
export function convertPayloadToChunk({ payload }: { payload: unknown }): KnowledgeChunk {
  const parsed = chunkPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    throw new QdrantKnowledgeStoreError(
      `A Qdrant point's payload is not a knowledge chunk: ${z.prettifyError(parsed.error)}`,
      'invalid_payload',
    );
  }
  const { id, documentId, index, text, contentHash, ...metadata } = parsed.data;
  return { id, documentId, index, text, contentHash, metadata: { id: documentId, ...metadata } };
}
