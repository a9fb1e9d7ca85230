/**
 * What the Qdrant knowledge store throws for problems of its own (as opposed
 * to the client's transport errors, which pass through): a collection whose
 * vectors do not match the configuration, or a point that is not a chunk.
 */
export class QdrantKnowledgeStoreError extends Error {
  constructor(
    message: string,
    readonly code: 'collection_mismatch' | 'invalid_payload',
  ) {
    super(message);
    this.name = 'QdrantKnowledgeStoreError';
  }
}
