import type { ModelAnalysis } from './contest-analysis-schema.js';

export interface CitedId {
  id: string;
  /** The words that cite it (labels, explanations, summary lines): what its excerpt should match. */
  citedFor: string[];
}

/** Every chunk id the analysis cites, in first-cited order: factors, then options, then the consequences of paying. */
export function listCitedIds({ analysis }: { analysis: ModelAnalysis }): CitedId[] {
  const byId = new Map<string, CitedId>();
  const cite = (ids: readonly string[], words: string[]) => {
    for (const id of ids) {
      const entry = byId.get(id) ?? { id, citedFor: [] };
      entry.citedFor.push(...words);
      byId.set(id, entry);
    }
  };
  for (const factor of analysis.factors) cite(factor.citationIds, [factor.label, factor.explanation]);
  for (const option of analysis.options) cite(option.citationIds, [option.label, option.explanation]);
  cite(analysis.consequencesIfPaid.citationIds, analysis.consequencesIfPaid.summary);
  return [...byId.values()];
}
