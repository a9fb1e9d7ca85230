import type { KnowledgeStore } from '../knowledge-store.js';
import { expandQuery } from './expand-query.js';
import type { KnowledgeRetriever } from './knowledge-retriever.js';

/** The configured store behind FR/EN/ES query expansion. */
export function createKnowledgeRetriever({ store }: { store: KnowledgeStore }): KnowledgeRetriever {
  return {
    retrieve: (query) => store.search({ ...query, text: expandQuery(query.text) }),
  };
}
