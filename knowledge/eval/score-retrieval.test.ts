import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusChunks } from '../ingest/load-corpus-chunks.js';
import { rankDocuments, retrievalQuerySchema, scoreRetrieval, type RetrievalQuery } from './score-retrieval.js';

const query = (relevant: string[]): RetrievalQuery => ({ id: 'q', language: 'en', jurisdiction: 'ON', categories: [], query: 'a query', relevant });

describe('scoreRetrieval', () => {
  it('computes recall@5 per relevant document and MRR on the first relevant hit', () => {
    const score = scoreRetrieval([
      { query: query(['a', 'b']), ranked: ['x', 'a', 'y', 'z', 'w', 'b'], ms: 10 },
      { query: query(['c']), ranked: ['c'], ms: 30 },
      { query: query(['d']), ranked: [], ms: 20 },
    ]);
    expect(score.recallAt5).toBeCloseTo((0.5 + 1 + 0) / 3);
    expect(score.mrr).toBeCloseTo((0.5 + 1 + 0) / 3);
    expect(score.p50Ms).toBe(20);
    expect(score.p95Ms).toBe(30);
  });

  it('counts a document once, at its best chunk', () => {
    expect(rankDocuments(['a', 'b', 'a', 'c'])).toEqual(['a', 'b', 'c']);
  });
});

describe('the labelled retrieval set', () => {
  it('has at least 60 valid queries in the three languages, each pointing at documents of its own jurisdiction', async () => {
    const raw = JSON.parse(await readFile(path.resolve(import.meta.dirname, 'retrieval-queries.json'), 'utf8')) as unknown[];
    const queries = raw.map((q) => retrievalQuerySchema.parse(q));
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(new Set(queries.map((q) => q.id)).size).toBe(queries.length);
    for (const language of ['fr', 'en', 'es'] as const) expect(queries.filter((q) => q.language === language).length).toBeGreaterThanOrEqual(15);
    const documents = new Map((await loadCorpusChunks()).map((c) => [c.documentId, c.metadata.jurisdiction]));
    for (const q of queries) for (const id of q.relevant) expect({ q: q.id, id, jurisdiction: documents.get(id) }).toEqual({ q: q.id, id, jurisdiction: q.jurisdiction });
  });
});
