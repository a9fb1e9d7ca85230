import type { Citation } from './contest-analysis-schema.js';
import type { KnowledgeChunk } from '../knowledge-chunk.js';
import type { CitedId } from './list-cited-ids.js';
import { selectExcerpt } from './select-excerpt.js';

/**
 * The analysis's `citations`, made by our code from the retrieved chunks, never
 * from the model's words: the citation and URL are the corpus's, the excerpt is
 * the chunk's own text. Call it once every cited id is known to be retrieved.
 */
export function buildCitations({ cited, chunks }: { cited: readonly CitedId[]; chunks: ReadonlyMap<string, KnowledgeChunk> }): Citation[] {
  return cited.map(({ id, citedFor }) => {
    const chunk = chunks.get(id);
    if (!chunk) throw new Error(`buildCitations: chunk ${id} was not retrieved`);
    return {
      id,
      citation: chunk.metadata.citation,
      url: chunk.metadata.sourceUrl,
      excerpt: selectExcerpt({ text: chunk.text, about: citedFor }),
    };
  });
}
