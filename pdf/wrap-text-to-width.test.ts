import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { fitTextToWidth } from './fit-text-to-width.js';
import { wrapTextToWidth } from './wrap-text-to-width.js';

let font: Awaited<ReturnType<PDFDocument['embedFont']>>;
beforeAll(async () => {
  font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
});
const widthOf = (line: string) => font.widthOfTextAtSize(line, 10);

describe('wrapTextToWidth', () => {
  it('breaks between words, every line within the width, no word lost', () => {
    const text = 'Le cabinet défendra mon dossier avec compétence et diligence, mais personne ne peut promettre l’issue d’une contestation.';
    const lines = wrapTextToWidth({ text, font, size: 10, maxWidth: 150 });
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(150);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks a word wider than the column between its characters', () => {
    const hash = 'a'.repeat(40) + 'b'.repeat(40);
    const lines = wrapTextToWidth({ text: `SHA ${hash}`, font, size: 10, maxWidth: 100 });
    for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(100);
    expect(lines.join('').replace('SHA', '')).toBe(hash);
  });

  it('ends the last allowed line with "…" and sanitises what WinAnsi cannot draw', () => {
    const lines = wrapTextToWidth({ text: `Łukasz 🚗 ${'word '.repeat(100)}`, font, size: 10, maxWidth: 120, maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Lukasz \? word/);
    expect(lines[1]).toMatch(/…$/);
    expect(widthOf(lines[1]!)).toBeLessThanOrEqual(120);
  });
});

describe('fitTextToWidth', () => {
  it('keeps a line that fits, shrinks one slightly too long, cuts one far too long', () => {
    expect(fitTextToWidth({ text: 'Cour municipale', font, size: 10, maxWidth: 200 })).toEqual({ text: 'Cour municipale', size: 10 });
    const shrunk = fitTextToWidth({ text: 'Cour municipale', font, size: 10, maxWidth: widthOf('Cour municipale') * 0.9 });
    expect(shrunk.text).toBe('Cour municipale');
    expect(shrunk.size).toBeLessThan(10);
    const cut = fitTextToWidth({ text: 'Cour municipale de Montréal '.repeat(5), font, size: 10, maxWidth: 100 });
    expect(cut.text).toMatch(/^Cour municipale.*…$/);
    expect(font.widthOfTextAtSize(cut.text, cut.size)).toBeLessThanOrEqual(100);
  });
});
