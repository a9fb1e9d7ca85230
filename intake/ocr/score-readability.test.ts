import { describe, expect, it } from 'vitest';
import { scoreReadability } from './score-readability.js';

describe('scoreReadability', () => {
  it('counts sure real words and, twice, ticket words', () => {
    const words = [
      { text: 'Amende', confidence: 93 },
      { text: '143,00', confidence: 96 },
      { text: 'Frais', confidence: 40 },
      { text: 'de', confidence: 95 },
    ];
    expect(scoreReadability({ text: 'Amende 143,00 Frais de', words })).toBe(1 + 2 * 2);
  });

  it('gives upside-down gibberish next to nothing', () => {
    const words = [
      { text: 'NOILLOVYANIO', confidence: 52 },
      { text: '1V1SNOD', confidence: 48 },
      { text: ':apuauly', confidence: 61 },
    ];
    expect(scoreReadability({ text: 'NOILLOVYANIO 1V1SNOD :apuauly', words })).toBe(0);
  });
});
