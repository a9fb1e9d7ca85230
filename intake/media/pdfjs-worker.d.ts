// pdfjs-dist ships no types for its worker module: it is only evaluated (it registers globalThis.pdfjsWorker).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
