import { randomUUID } from 'node:crypto';
import { QdrantClient } from '@qdrant/js-client-rest';
import { afterAll, describe, expect, it } from 'vitest';
import { createVoyageEmbeddings } from '../../embeddings/create-voyage-embeddings.js';
import { createQdrantKnowledgeStore } from './create-qdrant-knowledge-store.js';
import { createTestChunk } from './create-test-chunk.test-support.js';

/*
 * Against a real Qdrant (≥ 1.10), only when QDRANT_URL is set, e.g.
 *   docker run -p 6333:6333 qdrant/qdrant  →  QDRANT_URL=http://localhost:6333
 * With VOYAGE_API_KEY also set it runs hybrid (and spends a few Voyage tokens);
 * without, sparse only. It works in a throwaway collection and deletes it.
 */
// The suite body runs even when skipped: the fallback only keeps constructors happy.
const url = process.env.QDRANT_URL || 'http://localhost:6333';
const apiKey = process.env.QDRANT_API_KEY || undefined;

describe.skipIf(!process.env.QDRANT_URL)('Qdrant knowledge store against a live Qdrant', () => {
  const collection = `ticket911-live-test-${randomUUID().slice(0, 8)}`;
  const admin = new QdrantClient({ url, apiKey, checkCompatibility: false });
  const embeddings = process.env.VOYAGE_API_KEY
    ? createVoyageEmbeddings({
        apiKey: process.env.VOYAGE_API_KEY,
        model: process.env.VOYAGE_MODEL || undefined,
        baseUrl: process.env.VOYAGE_BASE_URL || undefined,
      })
    : null;
  const store = createQdrantKnowledgeStore({ url, apiKey, collection, embeddings });

  const speedingQc = createTestChunk({
    text: 'Nul ne peut conduire un véhicule routier à une vitesse excédant la limite maximale indiquée par la signalisation.',
  });
  const handheldQc = createTestChunk({
    documentId: 'qc-csr-443-1',
    text: "Pendant la conduite, il est interdit de faire usage d'un téléphone cellulaire tenu en main.",
    contentHash: 'c'.repeat(64),
    metadata: { citation: 'CSR, RLRQ c. C-24.2, art. 443.1', title: 'Appareil tenu en main', categories: ['handheld_device'] },
  });
  const procedureQc = createTestChunk({
    documentId: 'qc-cpp-160',
    text: 'Le défendeur transmet son plaidoyer de non-culpabilité dans les 30 jours de la signification du constat.',
    contentHash: 'd'.repeat(64),
    metadata: { kind: 'procedure', citation: 'C.p.p., RLRQ c. C-25.1, art. 160', title: 'Plaidoyer', categories: [] },
  });
  const speedingOn = createTestChunk({
    documentId: 'on-hta-128',
    text: 'No person shall drive a motor vehicle at a rate of speed greater than the posted speed limit.',
    contentHash: 'e'.repeat(64),
    metadata: {
      jurisdiction: 'ON',
      language: 'en',
      citation: 'Highway Traffic Act, R.S.O. 1990, c. H.8, s. 128',
      title: 'Rate of speed',
      sourceUrl: 'https://www.ontario.ca/laws/statute/90h08',
    },
  });

  afterAll(async () => {
    await admin.deleteCollection(collection);
  });

  it('prepares twice, upserts, lists, searches within a jurisdiction and deletes', async () => {
    await store.prepare();
    await store.prepare();
    await store.upsertChunks([speedingQc, handheldQc, procedureQc, speedingOn]);

    const hashes = await store.listContentHashes();
    expect(hashes).toEqual(
      new Map([speedingQc, handheldQc, procedureQc, speedingOn].map((chunk) => [chunk.id, chunk.contentHash])),
    );

    const qc = await store.search({ text: 'excès de vitesse, limite maximale', jurisdiction: 'QC', categories: ['speeding'], limit: 3 });
    expect(qc[0].chunk).toEqual(speedingQc);
    expect(qc.every((hit) => hit.chunk.metadata.jurisdiction === 'QC')).toBe(true);

    const on = await store.search({ text: 'speed limit', jurisdiction: 'ON', limit: 3 });
    expect(on.map((hit) => hit.chunk.id)).toEqual([speedingOn.id]);

    await store.deleteChunks([speedingQc.id]);
    expect([...(await store.listContentHashes()).keys()].sort()).toEqual(
      [handheldQc.id, procedureQc.id, speedingOn.id].sort(),
    );
  });
});
