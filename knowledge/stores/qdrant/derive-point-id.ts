import { createHash } from 'node:crypto';

/** Our own UUID namespace for knowledge chunks, so ids cannot collide with another v5 scheme. */
const CHUNK_ID_NAMESPACE = '6f0d5a8e-3c1b-4e9a-9b7d-2f4c8e1a5d30';

/**
 * The Qdrant point id of a chunk. Qdrant accepts only unsigned integers and
 * UUIDs, and chunk ids are strings like "qc-csr-328#0", so the id is the
 * RFC 9562 version-5 (SHA-1, name-based) UUID of the chunk id: the same chunk
 * always lands on the same point, so an upsert replaces it and a delete by
 * chunk id needs no lookup.
 */
export function derivePointId({ chunkId, namespace = CHUNK_ID_NAMESPACE }: { chunkId: string; namespace?: string }): string {
  const namespaceBytes = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const digest = createHash('sha1').update(namespaceBytes).update(chunkId, 'utf8').digest();
  const bytes = digest.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
