import path from 'node:path';
import type { KnowledgeChunk } from '../knowledge-chunk.js';
import { CorpusDirectoryLoader } from './corpus-directory-loader.js';
import { splitCorpusDocuments } from './split-corpus-documents.js';

export const CORPUS_DIRECTORY = path.resolve(import.meta.dirname, '../corpus');

/** The corpus as chunks, ready for a store: load (LangChain loader), then split. */
export async function loadCorpusChunks({ directory = CORPUS_DIRECTORY }: { directory?: string } = {}): Promise<KnowledgeChunk[]> {
  const documents = await new CorpusDirectoryLoader(directory).load();
  return splitCorpusDocuments({ documents });
}
