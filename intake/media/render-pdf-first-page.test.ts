import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderPdfFirstPage } from './render-pdf-first-page.js';

const PAYLOAD = 'globalThis.__pdfPwned = 1; app.alert("pwned");';

/** A one-page PDF whose JavaScript would run on open (OpenAction, the document's JavaScript names, the page's open action). */
async function pdfWithJavaScript(pageSize: [number, number] = [612, 792]): Promise<Buffer> {
  const document = await PDFDocument.create();
  const page = document.addPage(pageSize);
  page.drawText('Constat', { x: 50, y: 50, size: 24 });
  const action = () => document.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(PAYLOAD) });
  document.catalog.set(PDFName.of('OpenAction'), action());
  document.catalog.set(PDFName.of('Names'), document.context.obj({ JavaScript: document.context.obj({ Names: [PDFString.of('pwn'), action()] }) }));
  page.node.set(PDFName.of('AA'), document.context.obj({ O: action() }));
  return Buffer.from(await document.save({ useObjectStreams: false }));
}

describe('renderPdfFirstPage with hostile PDFs', () => {
  it('renders a PDF full of JavaScript actions without running any of it', async () => {
    const bytes = await pdfWithJavaScript();
    expect(bytes.includes(Buffer.from('/OpenAction'))).toBe(true);
    const page = await renderPdfFirstPage({ bytes });
    expect(page).toMatchObject({ width: 1700, height: 2200, pageCount: 1 });
    expect((globalThis as { __pdfPwned?: unknown }).__pdfPwned).toBeUndefined();
  });

  it('caps the canvas of a poster-sized page (200 × 200 inches) at 4000 px', async () => {
    const page = await renderPdfFirstPage({ bytes: await pdfWithJavaScript([14_400, 14_400]) });
    expect(Math.max(page.width, page.height)).toBeLessThanOrEqual(4000);
  });

  it('loads a pdfjs build that compiles nothing from a document (no eval, no new Function: CVE-2024-4367 needs them)', () => {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    for (const file of ['legacy/build/pdf.mjs', 'legacy/build/pdf.worker.mjs']) {
      const source = readFileSync(join(root, file), 'utf8');
      expect(source, file).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});
