import { tool } from 'langchain';
import { z } from 'zod';
import { offenceCategorySchema, type Jurisdiction } from '../../../tickets/ticket-schema.js';
import type { KnowledgeSearchHit } from '../../knowledge-chunk.js';
import type { KnowledgeRetriever } from '../../retrieval/knowledge-retriever.js';
import { SEARCH_TOOL_NAME } from './contest-analysis-system-prompt.js';
import { describeSource } from './describe-source.js';

const SEARCH_LIMIT = 5;

const searchInputSchema = z.object({
  query: z.string().min(3).max(300).describe('What to look for, in English or French legal words, e.g. "radar calibration evidence" or "délai pour plaider non coupable".'),
  categories: z
    .array(offenceCategorySchema)
    .max(4)
    .optional()
    .describe('Offence categories the sources should bear on; general procedure is searched as well.'),
});

export interface CreateLegalSourcesToolOptions {
  retriever: KnowledgeRetriever;
  /** The ticket's jurisdiction: set by our code, the model cannot search another one. */
  jurisdiction: Jurisdiction;
  /** Every hit the model was shown: their ids become citable for this request. */
  onHits: (hits: readonly KnowledgeSearchHit[]) => void;
}

/**
 * The agent's one tool: a search of the legal corpus of the ticket's
 * jurisdiction. It answers with chunk ids, citations and texts as JSON; a
 * failing search answers "no results" rather than an error the model would
 * read as an instruction to retry forever.
 */
export function createLegalSourcesTool({ retriever, jurisdiction, onHits }: CreateLegalSourcesToolOptions) {
  return tool(
    async ({ query, categories }) => {
      let hits: KnowledgeSearchHit[];
      try {
        hits = await retriever.retrieve({ text: query, jurisdiction, ...(categories?.length ? { categories } : {}), limit: SEARCH_LIMIT });
      } catch {
        return JSON.stringify({ results: [], note: 'The search is unavailable: rely on the sources already given.' });
      }
      onHits(hits);
      return JSON.stringify({ results: hits.map(({ chunk }) => describeSource({ chunk })) });
    },
    {
      name: SEARCH_TOOL_NAME,
      description: `Searches the ${jurisdiction} legal corpus (statutes, regulations, procedure, case summaries) and returns up to ${SEARCH_LIMIT} chunks with the ids you may cite.`,
      schema: searchInputSchema,
    },
  );
}
