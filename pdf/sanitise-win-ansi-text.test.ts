import fc from 'fast-check';
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { sanitiseWinAnsiText } from './sanitise-win-ansi-text.js';

const codePoint = fc.oneof(fc.integer({ min: 0, max: 0x3000 }), fc.integer({ min: 0, max: 0x10ffff })).map((cp) => String.fromCodePoint(cp));

describe('sanitiseWinAnsiText', () => {
  let helvetica: PDFFont;
  beforeAll(async () => {
    helvetica = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
  });

  it('keeps French and Spanish accents, the euro, curly quotes and dashes as they are', () => {
    const text = 'Françoise Ñúñez-Gagné « l’été » — 5 € … Œuvre';
    expect(sanitiseWinAnsiText({ text })).toBe(text);
  });

  it('gives letters outside WinAnsi their plain look-alike instead of throwing', () => {
    expect(() => helvetica.encodeText('Łukasz')).toThrow(/WinAnsi cannot encode/);
    expect(sanitiseWinAnsiText({ text: 'Łukasz Đorđević' })).toBe('Lukasz Dordevic');
    expect(sanitiseWinAnsiText({ text: 'Ștefan Dvořák' })).toBe('Stefan Dvorák');
    expect(sanitiseWinAnsiText({ text: 'Cafe\u0301' })).toBe('Café');
  });

  it('replaces emoji and scripts with no Latin form, and keeps Intl’s narrow no-break space unbreakable', () => {
    expect(sanitiseWinAnsiText({ text: 'Marie 🚗 李' })).toBe('Marie ? ?');
    expect(sanitiseWinAnsiText({ text: '👍🏽 ok', replacement: '' })).toBe(' ok');
    expect(sanitiseWinAnsiText({ text: '1\u202f234,56\u00a0$' })).toBe('1\u00a0234,56\u00a0$');
  });

  it('turns line breaks and control characters into spaces: a field is one printed line', () => {
    expect(sanitiseWinAnsiText({ text: 'Suite 200\r\nMontréal\tQC\u0000' })).toBe('Suite 200  Montréal QC ');
  });

  it('knows exactly the characters standard Helvetica can draw', () => {
    const drawable = helvetica.getCharacterSet().map((codePoint) => String.fromCodePoint(codePoint)).join('');
    expect(sanitiseWinAnsiText({ text: drawable })).toBe(drawable);
  });

  it('always returns text Helvetica can encode, whatever the input', () => {
    fc.assert(
      // Any code point, lone surrogates included, weighted towards the Latin, punctuation and space blocks.
      fc.property(fc.string({ unit: codePoint, maxLength: 40 }), (text) => {
        helvetica.encodeText(sanitiseWinAnsiText({ text }));
      }),
      { numRuns: 2000 },
    );
  });
});
