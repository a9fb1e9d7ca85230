import path from 'node:path';

/** Four made-up documents (QC and ON) for the ingestion and store tests. */
export const SAMPLE_CORPUS_DIRECTORY = path.resolve(import.meta.dirname, 'sample-corpus');
