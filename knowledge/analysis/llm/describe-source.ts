import type { KnowledgeChunk } from '../../knowledge-chunk.js';

/** A chunk as the model sees it, in the user message or a search result: the id to cite, where it comes from, its text. */
export function describeSource({ chunk }: { chunk: KnowledgeChunk }) {
  return {
    id: chunk.id,
    citation: chunk.metadata.citation,
    title: chunk.metadata.title,
    kind: chunk.metadata.kind,
    language: chunk.metadata.language,
    text: chunk.text,
  };
}
