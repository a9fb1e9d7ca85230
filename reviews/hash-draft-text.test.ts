import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashDraftText } from './hash-draft-text.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('hashDraftText', () => {
  it('is the SHA-256 hex of the UTF-8 text', () => {
    expect(hashDraftText('Le défendeur plaide non coupable.')).toBe(sha256('Le défendeur plaide non coupable.'));
    expect(hashDraftText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives the same hash for the same words typed in NFC or NFD', () => {
    const composed = 'Façade à l’été';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(hashDraftText(decomposed)).toBe(hashDraftText(composed));
  });

  it('reads CRLF and a lone CR as LF', () => {
    const lf = hashDraftText('Premier paragraphe.\n\nDeuxième.');
    expect(hashDraftText('Premier paragraphe.\r\n\r\nDeuxième.')).toBe(lf);
    expect(hashDraftText('Premier paragraphe.\r\rDeuxième.')).toBe(lf);
  });

  it('ignores whitespace at the end of the whole text, but not inside it or at its start', () => {
    const base = hashDraftText('Fin.');
    expect(hashDraftText('Fin.\n\n  \t')).toBe(base);
    expect(hashDraftText('  Fin.')).not.toBe(base);
    expect(hashDraftText('Fin. \nSuite')).not.toBe(hashDraftText('Fin.\nSuite'));
  });

  it('changes when a single character changes', () => {
    expect(hashDraftText('Vitesse 78 km/h')).not.toBe(hashDraftText('Vitesse 79 km/h'));
  });
});
