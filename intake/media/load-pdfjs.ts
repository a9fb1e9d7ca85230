type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<Pdfjs> | undefined;

/**
 * pdfjs's legacy build, loaded on the first PDF rather than at start-up, with
 * the process's native JSON.stringify, JSON.parse and Array.prototype.push put
 * back afterwards. The legacy build (pdf.mjs and the pdf.worker.mjs its fake
 * worker runs in this thread) bundles core-js polyfills that replace those
 * globals for every module as soon as it is evaluated (Node 20 lacks
 * JSON.rawJSON, so the polyfills are "forced"): stringify became ~7× and push
 * ~10× slower, and Prisma, pg and pino call them on every request
 * (BENCHMARKS.md, bench:ingest profile). pdfjs needs none of the features the
 * polyfills add, and its modern build runs on the natives.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const natives = {
      stringify: Object.getOwnPropertyDescriptor(JSON, 'stringify')!,
      parse: Object.getOwnPropertyDescriptor(JSON, 'parse')!,
      push: Object.getOwnPropertyDescriptor(Array.prototype, 'push')!,
    };
    try {
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      // Evaluated now, not at the first getDocument: it sets globalThis.pdfjsWorker, which the fake worker then uses.
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return pdfjs;
    } finally {
      Object.defineProperty(JSON, 'stringify', natives.stringify);
      Object.defineProperty(JSON, 'parse', natives.parse);
      Object.defineProperty(Array.prototype, 'push', natives.push);
    }
  })();
  return loading;
}
