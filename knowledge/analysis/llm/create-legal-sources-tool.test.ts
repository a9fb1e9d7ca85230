import { describe, expect, it } from 'vitest';
import type { KnowledgeSearchHit } from '../../knowledge-chunk.js';
import { createLegalSourcesTool } from './create-legal-sources-tool.js';
import { createFakeRetriever } from './test-support/create-fake-retriever.js';
import { QC_PLEA_DELAY, QC_RADAR_CASE } from './test-support/legal-chunks.js';

describe('createLegalSourcesTool', () => {
  it('searches the fixed jurisdiction, at most 5 chunks, and reports every hit as citable', async () => {
    const { retriever, queries } = createFakeRetriever({ chunks: [QC_RADAR_CASE, QC_PLEA_DELAY] });
    const shown: KnowledgeSearchHit[] = [];
    const search = createLegalSourcesTool({ retriever, jurisdiction: 'ON', onHits: (hits) => shown.push(...hits) });

    const answer = JSON.parse(String(await search.invoke({ query: 'radar calibration' })));

    expect(queries).toEqual([{ text: 'radar calibration', jurisdiction: 'ON', limit: 5 }]);
    expect(answer.results.map((result: { id: string }) => result.id)).toEqual([QC_RADAR_CASE.id, QC_PLEA_DELAY.id]);
    expect(answer.results[0]).toEqual({
      id: QC_RADAR_CASE.id,
      citation: QC_RADAR_CASE.metadata.citation,
      title: QC_RADAR_CASE.metadata.title,
      kind: 'case',
      language: 'fr',
      text: QC_RADAR_CASE.text,
    });
    expect(shown.map((hit) => hit.chunk.id)).toEqual([QC_RADAR_CASE.id, QC_PLEA_DELAY.id]);
  });

  it('passes the categories the model asked for, and has no jurisdiction argument to give', async () => {
    const { retriever, queries } = createFakeRetriever({ chunks: [] });
    const search = createLegalSourcesTool({ retriever, jurisdiction: 'NY', onHits: () => {} });

    await search.invoke({ query: 'red light camera', categories: ['red_light', 'camera'] });

    expect(queries).toEqual([{ text: 'red light camera', jurisdiction: 'NY', categories: ['red_light', 'camera'], limit: 5 }]);
    expect(Object.keys((search.schema as { shape: object }).shape)).toEqual(['query', 'categories']);
  });

  it('answers "no results" when the search fails, and makes nothing citable', async () => {
    const shown: KnowledgeSearchHit[] = [];
    const search = createLegalSourcesTool({
      retriever: { retrieve: () => Promise.reject(new Error('qdrant down')) },
      jurisdiction: 'QC',
      onHits: (hits) => shown.push(...hits),
    });

    const answer = JSON.parse(String(await search.invoke({ query: 'délai de plaidoyer' })));

    expect(answer).toEqual({ results: [], note: expect.stringContaining('unavailable') });
    expect(JSON.stringify(answer)).not.toContain('qdrant');
    expect(shown).toEqual([]);
  });
});
