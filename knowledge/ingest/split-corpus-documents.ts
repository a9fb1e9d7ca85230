import { createHash } from 'node:crypto';
import type { Document } from '@langchain/core/documents';
import { MarkdownTextSplitter } from '@langchain/textsplitters';
import type { KnowledgeChunk, KnowledgeDocumentMetadata } from '../knowledge-chunk.js';

export interface SplitCorpusDocumentsOptions {
  documents: readonly Document<KnowledgeDocumentMetadata>[];
  /** Characters; a statute section or a case summary usually fits in one or two chunks. */
  chunkSize?: number;
  chunkOverlap?: number;
}

/** The version of the chunking: changing it changes every hash, so everything is re-indexed once. */
const CHUNKING_VERSION = 'markdown-1200-150/v1';

/**
 * Splits documents with LangChain's Markdown splitter. Each chunk starts with
 * the document's citation and title, so a chunk found alone still says what
 * it is (and full-text search sees the section number and the case name).
 */
export async function splitCorpusDocuments({ documents, chunkSize = 1200, chunkOverlap = 150 }: SplitCorpusDocumentsOptions): Promise<KnowledgeChunk[]> {
  const splitter = new MarkdownTextSplitter({ chunkSize, chunkOverlap });
  const chunks: KnowledgeChunk[] = [];
  for (const document of documents) {
    const metadata = document.metadata;
    const pieces = await splitter.splitText(document.pageContent);
    pieces.forEach((piece, index) => {
      const text = `${metadata.citation} — ${metadata.title}\n\n${piece.trim()}`;
      chunks.push({
        id: `${metadata.id}#${index}`,
        documentId: metadata.id,
        index,
        text,
        contentHash: hashChunk(text, metadata),
        metadata,
      });
    });
  }
  return chunks;
}

function hashChunk(text: string, metadata: KnowledgeDocumentMetadata): string {
  return createHash('sha256').update(CHUNKING_VERSION).update('\0').update(JSON.stringify(metadata)).update('\0').update(text).digest('hex');
}
