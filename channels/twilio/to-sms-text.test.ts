import { describe, expect, it } from 'vitest';
import { countSmsSegments, toSmsText } from './to-sms-text.js';

describe('SMS text', () => {
  it('swaps the typographic characters that would force UCS-2, keeps the accents GSM has', () => {
    expect(toSmsText('Dossier T911-000042\u00a0: l’audience — «\u00a0demain\u00a0»…')).toBe('Dossier T911-000042 : l\'audience - " demain "...');
    expect(countSmsSegments(toSmsText('Répondre au constat d’ici le 30 novembre, à Montréal.')).encoding).toBe('GSM-7');
  });

  it('counts segments the way carriers do', () => {
    expect(countSmsSegments('a'.repeat(160))).toEqual({ encoding: 'GSM-7', segments: 1 });
    expect(countSmsSegments('a'.repeat(161))).toEqual({ encoding: 'GSM-7', segments: 2 });
    expect(countSmsSegments('€'.repeat(80))).toEqual({ encoding: 'GSM-7', segments: 1 });
    expect(countSmsSegments('ê'.repeat(70))).toEqual({ encoding: 'UCS-2', segments: 1 });
    expect(countSmsSegments('ê'.repeat(71))).toEqual({ encoding: 'UCS-2', segments: 2 });
  });
});
