import type { KnowledgeChunk } from '../knowledge-chunk.js';
import type { Citation, ModelAnalysis } from './contest-analysis-schema.js';

const EXCERPT_LENGTH = 300;

/**
 * The citations of an analysis, built by our code from the chunks retrieval
 * returned — never from a model's words — in the order they are first cited.
 * An id with no chunk is a grounding failure the caller must catch first.
 */
export function buildCitations({ analysis, chunks }: { analysis: ModelAnalysis; chunks: readonly KnowledgeChunk[] }): Citation[] {
  const byId = new Map(chunks.map((chunk) => [chunk.id, chunk]));
  const ids = [
    ...analysis.factors.flatMap((f) => f.citationIds),
    ...analysis.options.flatMap((o) => o.citationIds),
    ...analysis.consequencesIfPaid.citationIds,
  ];
  const citations: Citation[] = [];
  for (const id of new Set(ids)) {
    const chunk = byId.get(id);
    if (!chunk) throw new Error(`Citation ${id} is not a retrieved chunk`);
    citations.push({ id, citation: chunk.metadata.citation, url: chunk.metadata.sourceUrl, excerpt: excerptOf(chunk.text) });
  }
  return citations;
}

/** The chunk's text after its citation header, cut at a word. */
function excerptOf(text: string): string {
  const body = text.split('\n\n').slice(1).join(' ').replace(/\s+/g, ' ').trim() || text;
  if (body.length <= EXCERPT_LENGTH) return body;
  const cut = body.slice(0, EXCERPT_LENGTH - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')) || cut}…`;
}
