import { z } from 'zod';
import { jurisdictionSchema, offenceCategorySchema } from '../../tickets/ticket-schema.js';

export const retrievalQuerySchema = z.object({
  id: z.string(),
  language: z.enum(['fr', 'en', 'es']),
  jurisdiction: jurisdictionSchema,
  categories: z.array(offenceCategorySchema),
  query: z.string().min(5),
  /** Document ids that must come back in the top 5. */
  relevant: z.array(z.string()).min(1),
});
export type RetrievalQuery = z.infer<typeof retrievalQuerySchema>;

export interface QueryResult {
  query: RetrievalQuery;
  /** Document ids in rank order (chunks of one document count once, at its best rank). */
  ranked: string[];
  ms: number;
}

export interface RetrievalScore {
  queries: number;
  /** Mean over queries of |relevant ∩ top k| / |relevant|. */
  recallAt5: number;
  /** Mean of 1 / rank of the first relevant document (0 when none in the list). */
  mrr: number;
  p50Ms: number;
  p95Ms: number;
}

export function scoreRetrieval(results: readonly QueryResult[], k = 5): RetrievalScore {
  const recall = results.map(({ query, ranked }) => query.relevant.filter((id) => ranked.slice(0, k).includes(id)).length / query.relevant.length);
  const reciprocal = results.map(({ query, ranked }) => {
    const rank = ranked.findIndex((id) => query.relevant.includes(id));
    return rank === -1 ? 0 : 1 / (rank + 1);
  });
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  return {
    queries: results.length,
    recallAt5: mean(recall),
    mrr: mean(reciprocal),
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
  };
}

/** Document ids in the order their best chunk ranks. */
export function rankDocuments(chunkDocumentIds: readonly string[]): string[] {
  return [...new Set(chunkDocumentIds)];
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}
