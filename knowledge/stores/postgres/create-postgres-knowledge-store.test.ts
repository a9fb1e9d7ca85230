import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKnowledgeSql } from '../../../bot/db/create-knowledge-sql.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/create-test-database.js';
import { ingestCorpus } from '../../ingest/ingest-corpus.js';
import { loadCorpusChunks } from '../../ingest/load-corpus-chunks.js';
import type { KnowledgeChunk } from '../../knowledge-chunk.js';
import { SAMPLE_CORPUS_DIRECTORY } from '../../test-support/sample-corpus-directory.js';
import { createPostgresKnowledgeStore } from './create-postgres-knowledge-store.js';

describe('PostgreSQL full-text knowledge store', () => {
  let db: TestDatabase;
  let chunks: KnowledgeChunk[];

  beforeAll(async () => {
    db = await createTestDatabase();
    chunks = await loadCorpusChunks({ directory: SAMPLE_CORPUS_DIRECTORY });
  });
  afterAll(async () => {
    await db?.close();
  });

  const store = () => createPostgresKnowledgeStore({ sql: createKnowledgeSql({ prisma: db.prisma }) });

  it('ingests the corpus once: a second run writes nothing, a change rewrites only that chunk, a removal deletes it', async () => {
    const first = await ingestCorpus({ store: store(), chunks });
    expect(first).toEqual({ backend: 'postgres', chunks: 4, added: 4, updated: 0, unchanged: 0, removed: 0 });

    const again = await ingestCorpus({ store: store(), chunks });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 4, removed: 0 });

    const edited = chunks.map((c) => (c.documentId === 'on-sample-speeding' ? { ...c, text: `${c.text} Amended.`, contentHash: 'changed' } : c));
    expect(await ingestCorpus({ store: store(), chunks: edited })).toMatchObject({ added: 0, updated: 1, unchanged: 3, removed: 0 });

    const shorter = edited.filter((c) => c.documentId !== 'qc-sample-handheld');
    expect(await ingestCorpus({ store: store(), chunks: shorter })).toMatchObject({ updated: 0, unchanged: 3, removed: 1 });
    expect([...(await store().listContentHashes()).keys()].sort()).toEqual(shorter.map((c) => c.id).sort());

    await ingestCorpus({ store: store(), chunks });
  });

  it('finds French text from words typed without accents, and only in the jurisdiction asked', async () => {
    const hits = await store().search({ text: 'exces de vitesse cinemometre', jurisdiction: 'QC', limit: 5 });
    expect(hits[0]?.chunk.documentId).toBe('qc-sample-speed-limits');
    expect(hits.every((h) => h.chunk.metadata.jurisdiction === 'QC')).toBe(true);
    expect(hits[0]?.chunk.metadata).toMatchObject({ kind: 'statute', language: 'fr', categories: ['speeding'], date: '2024-07-01' });

    const accented = await store().search({ text: 'excès de vitesse', jurisdiction: 'QC', limit: 5 });
    expect(accented[0]?.chunk.id).toBe(hits[0]?.chunk.id);

    const ontario = await store().search({ text: 'speed radar', jurisdiction: 'ON', limit: 5 });
    expect(ontario.map((h) => h.chunk.documentId)).toEqual(['on-sample-speeding']);
  });

  it('stems English and French words to the same lexemes as the text', async () => {
    const hits = await store().search({ text: 'measured speeds with lasers', jurisdiction: 'ON', limit: 5 });
    expect(hits.map((h) => h.chunk.documentId)).toEqual(['on-sample-speeding']);
    const plea = await store().search({ text: 'plaider non coupable, quel délai ?', jurisdiction: 'QC', limit: 5 });
    expect(plea[0]?.chunk.documentId).toBe('qc-sample-plea-deadline');
  });

  it("ranks the ticket's offence above another offence's rules when both match", async () => {
    const text = 'conduire téléphone vitesse';
    const asPhone = await store().search({ text, jurisdiction: 'QC', categories: ['handheld_device'], limit: 5 });
    const asSpeed = await store().search({ text, jurisdiction: 'QC', categories: ['speeding'], limit: 5 });
    expect(asPhone[0]?.chunk.documentId).toBe('qc-sample-handheld');
    expect(asSpeed[0]?.chunk.documentId).toBe('qc-sample-speed-limits');
  });

  it('returns nothing, rather than anything, when no word matches, and survives query syntax in the input', async () => {
    expect(await store().search({ text: 'zzzz qqqq', jurisdiction: 'QC', limit: 5 })).toEqual([]);
    expect(await store().search({ text: "'); DROP TABLE knowledge.chunk; -- !&|:*", jurisdiction: 'QC', limit: 5 })).toBeInstanceOf(Array);
    expect(await store().search({ text: '   ', jurisdiction: 'QC', limit: 5 })).toEqual([]);
    expect((await store().listContentHashes()).size).toBe(4);
  });
});
