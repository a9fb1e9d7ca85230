import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { createCanvas } from '@napi-rs/canvas';
import { loadPdfjs } from './load-pdfjs.js';

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export interface RenderPdfFirstPageOptions {
  bytes: Buffer;
  /** ~200 dpi keeps a ticket's small print legible to OCR. */
  dpi?: number;
  /** A poster-sized page would otherwise make a huge canvas. */
  maxEdgePx?: number;
}

export interface RenderedPdfPage {
  png: Buffer;
  width: number;
  height: number;
  pageCount: number;
}

/**
 * Page 1 of a PDF as a PNG on white. pdfjs runs its "fake worker" in this thread
 * (the Node default of the legacy build): no worker file to serve, no network;
 * fonts, CMaps and WebAssembly decoders come from the installed package.
 * Throws what pdfjs throws (PasswordException, InvalidPDFException...).
 */
export async function renderPdfFirstPage({ bytes, dpi = 200, maxEdgePx = 4000 }: RenderPdfFirstPageOptions): Promise<RenderedPdfPage> {
  const { getDocument, VerbosityLevel } = await loadPdfjs();
  const document = await getDocument({
    // pdfjs takes ownership of (detaches) the array it is given: give it a copy.
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    // A driver's PDF is hostile input: no XFA forms. Its JavaScript (OpenAction, AA) runs only in a viewer's
    // scripting sandbox, which we never create; pdfjs 5 no longer compiles fonts with eval, so the
    // isEvalSupported switch of CVE-2024-4367 is gone (render-pdf-first-page.test.ts checks the build).
    enableXfa: false,
    stopAtErrors: false,
    standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/`,
    cMapUrl: `${join(pdfjsRoot, 'cmaps')}/`,
    cMapPacked: true,
    wasmUrl: `${join(pdfjsRoot, 'wasm')}/`,
  }).promise;
  try {
    const page = await document.getPage(1);
    const unscaled = page.getViewport({ scale: 1 });
    const scale = Math.min(dpi / 72, maxEdgePx / Math.max(unscaled.width, unscaled.height));
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.max(1, Math.round(viewport.width)), Math.max(1, Math.round(viewport.height)));
    // The legacy build renders onto @napi-rs/canvas in Node; a page has no background of its own: paper is white.
    await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport, background: '#ffffff' }).promise;
    page.cleanup();
    return { png: await canvas.encode('png'), width: canvas.width, height: canvas.height, pageCount: document.numPages };
  } finally {
    await document.destroy();
  }
}
