import { describe, expect, it } from 'vitest';
import { buildSparseVector } from './build-sparse-vector.js';

// FNV-1a 32-bit test vector ("foobar" → 0xbf9cf968): stored indices depend on it never changing.
const FOOBAR = 0xbf9cf968;

describe('buildSparseVector', () => {
  it('indexes each term by its 32-bit FNV-1a hash', () => {
    expect(buildSparseVector({ text: 'foobar', role: 'query' })).toEqual({ indices: [FOOBAR], values: [1] });
  });

  it('gives a query 1 per distinct term, indices sorted, so Qdrant IDF makes the score BM25', () => {
    const vector = buildSparseVector({ text: 'vitesse radar vitesse', role: 'query' });
    expect(vector.values).toEqual([1, 1]);
    expect(vector.indices).toEqual([...vector.indices].sort((a, b) => a - b));
    expect(vector.indices.every((index) => Number.isInteger(index) && index >= 0 && index <= 0xffffffff)).toBe(true);
  });

  it('gives a document the saturated, length-normalised term frequency', () => {
    const vector = buildSparseVector({ text: 'vitesse vitesse radar', role: 'document', averageDocumentLength: 120 });
    const radar = buildSparseVector({ text: 'radar', role: 'query' }).indices[0];
    const vitesse = buildSparseVector({ text: 'vitesse', role: 'query' }).indices[0];
    const lengthNorm = 1 - 0.75 + (0.75 * 3) / 120;
    const valueOf = (index: number) => vector.values[vector.indices.indexOf(index)];
    expect(valueOf(vitesse)).toBeCloseTo((2 * 2.2) / (2 + 1.2 * lengthNorm), 10);
    expect(valueOf(radar)).toBeCloseTo(2.2 / (1 + 1.2 * lengthNorm), 10);
  });

  it('weighs a term less in a longer document', () => {
    const short = buildSparseVector({ text: 'radar', role: 'document' });
    const long = buildSparseVector({ text: `radar ${'mot '.repeat(300)}`, role: 'document' });
    expect(long.values[long.indices.indexOf(short.indices[0])]).toBeLessThan(short.values[0]);
  });

  it('is empty for a text of stop words', () => {
    expect(buildSparseVector({ text: 'de la the', role: 'document' })).toEqual({ indices: [], values: [] });
  });
});
