import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Captured before anything of pdfjs can be evaluated in this test file's process.
const natives = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push };
const sameAsNatives = () => ({ stringify: JSON.stringify === natives.stringify, parse: JSON.parse === natives.parse, push: Array.prototype.push === natives.push });

describe('loadPdfjs', () => {
  it('importing the PDF reader does not evaluate pdfjs: the process keeps its native JSON and Array.push', async () => {
    await import('./render-pdf-first-page.js');
    expect(sameAsNatives()).toEqual({ stringify: true, parse: true, push: true });
  });

  it('renders a PDF with pdfjs and gives the process its native JSON and Array.push back', async () => {
    const { renderPdfFirstPage } = await import('./render-pdf-first-page.js');
    const { PDFDocument } = await import('pdf-lib');
    const pdf = await PDFDocument.create();
    pdf.addPage([200, 100]).drawText('Constat', { x: 20, y: 50, size: 18 });
    const page = await renderPdfFirstPage({ bytes: Buffer.from(await pdf.save()), dpi: 72 });
    expect(page).toMatchObject({ width: 200, height: 100, pageCount: 1 });
    expect(sameAsNatives()).toEqual({ stringify: true, parse: true, push: true });
    // Still loaded once: a second PDF does not re-evaluate pdfjs.
    await renderPdfFirstPage({ bytes: Buffer.from(await pdf.save()), dpi: 72 });
    expect(sameAsNatives()).toEqual({ stringify: true, parse: true, push: true });
  });

  it('the pdfjs build still carries the polyfills this loader undoes (drop the loader if an upgrade removes them)', () => {
    const build = readFileSync(new URL(import.meta.resolve('pdfjs-dist/legacy/build/pdf.mjs')), 'utf8');
    expect(build).toContain('`JSON.stringify` method');
  });
});
