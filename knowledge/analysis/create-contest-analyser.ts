import { describeOffence } from '../../tickets/offences/describe-offence.js';
import type { Jurisdiction, Ticket } from '../../tickets/ticket-schema.js';
import type { KnowledgeSearchHit } from '../knowledge-chunk.js';
import type { KnowledgeRetriever } from '../retrieval/knowledge-retriever.js';
import type { AnalysisEngine, ContestAnalysisOutcome, ContestAnalysisRequest } from './contest-analysis-outcome.js';
import type { LlmContestAnalyser } from './llm/create-llm-contest-analyser.js';
import { analyseContestOffline, OFFLINE_RULES_VERSION } from './offline/analyse-contest-offline.js';

export interface CreateContestAnalyserOptions {
  retriever: KnowledgeRetriever;
  /** Jurisdictions the corpus has documents for; any other is refused. */
  coveredJurisdictions: ReadonlySet<Jurisdiction>;
  /** Claude, then Ollama (the firm's local backup), tried in order; none: the offline rules only. */
  models?: readonly { engine: Exclude<AnalysisEngine, 'offline'>; analyser: LlmContestAnalyser }[];
  /**
   * How long the models together may take before the offline rules answer:
   * the driver gets an answer within the turn rather than an error after it.
   */
  modelBudgetMs?: number;
  /**
   * Searches a fallback store answered so far (Qdrant down: full text). If it
   * moves during an analysis, the answer rests on the backup search and is
   * marked for review (concurrent analyses may be marked too: the safe side).
   */
  countRetrievalFallbacks?: () => number;
  now?: () => number;
}

export interface ContestAnalyser {
  analyse(request: ContestAnalysisRequest & { signal?: AbortSignal }): Promise<ContestAnalysisOutcome>;
}

const CASE_SOURCES = 8;

/**
 * One analysis per confirmed ticket: retrieve the law for the case, refuse
 * what we do not cover, ask for a lawyer's look when nothing relevant comes
 * back (no score is better than a guess), then the model when configured and
 * the offline rules when there is none or it fails (marked for review).
 */
export function createContestAnalyser({
  retriever,
  coveredJurisdictions,
  models = [],
  modelBudgetMs = 90_000,
  countRetrievalFallbacks = () => 0,
  now = () => performance.now(),
}: CreateContestAnalyserOptions): ContestAnalyser {
  return {
    async analyse(request) {
      const { ticket } = request;
      if (!coveredJurisdictions.has(ticket.jurisdiction)) {
        return { status: 'refused', reason: 'jurisdiction_not_covered', jurisdiction: ticket.jurisdiction };
      }
      const started = now();
      const fallbacksBefore = countRetrievalFallbacks();
      const retrievalDegraded = () => (countRetrievalFallbacks() > fallbacksBefore ? ['retrieval: backup full-text search'] : []);
      const hits = await retriever.retrieve({ text: caseQuery(ticket), jurisdiction: ticket.jurisdiction, categories: [ticket.offenceCategory], limit: CASE_SOURCES });
      const sources = relevantSources(ticket, hits);
      const retrievalMs = now() - started;
      if (sources.length === 0) {
        return {
          status: 'needs_lawyer',
          reason: 'no_relevant_sources',
          retrievedChunkIds: hits.map((h) => h.chunk.id),
          timings: { retrievalMs, analysisMs: 0, totalMs: now() - started },
        };
      }

      const failures: string[] = [];
      // One budget for all the models; the caller's signal (a stopped turn) ends them too.
      const budget = AbortSignal.any([AbortSignal.timeout(modelBudgetMs), ...(request.signal ? [request.signal] : [])]);
      for (const model of models) {
        if (budget.aborted) {
          failures.push(`${model.engine}: out of time`);
          continue;
        }
        const analysisStarted = now();
        try {
          const answer = await model.analyser.analyse({ ...request, sources, signal: budget });
          if (answer.ok) {
            const reasons = [...failures, ...retrievalDegraded()];
            return {
              status: 'scored',
              analysis: answer.analysis,
              engine: model.engine,
              model: answer.model,
              promptVersion: answer.promptVersion,
              retrievedChunkIds: answer.retrievedChunkIds,
              timings: { retrievalMs, analysisMs: now() - analysisStarted, totalMs: now() - started },
              // A backup model answered (the first choice failed), or the backup search did.
              needsReview: reasons.length > 0,
              fallbackReason: reasons.length > 0 ? reasons.join('; ') : null,
            };
          }
          failures.push(`${model.engine}: ${budget.aborted ? 'out of time' : answer.reason}`);
        } catch (error) {
          failures.push(`${model.engine}: ${budget.aborted ? 'out of time' : (error as Error).name}`);
        }
      }
      const analysisStarted = now();
      const offline = await analyseContestOffline({ ...request, sources, retriever });
      const reasons = [...failures, ...retrievalDegraded()];
      const fallbackReason = reasons.length > 0 ? reasons.join('; ') : null;
      return {
        status: 'scored',
        analysis: offline.analysis,
        engine: 'offline',
        model: null,
        promptVersion: OFFLINE_RULES_VERSION,
        retrievedChunkIds: offline.retrievedChunkIds,
        timings: { retrievalMs, analysisMs: now() - analysisStarted, totalMs: now() - started },
        needsReview: fallbackReason !== null,
        fallbackReason,
      };
    },
  };
}

/** The words the law uses for this offence, in both corpus languages, plus the section as printed. */
function caseQuery(ticket: Ticket): string {
  const words = (['fr', 'en'] as const).map((language) => {
    const offence = describeOffence({ jurisdiction: ticket.jurisdiction, category: ticket.offenceCategory, section: ticket.section, language });
    return `${offence.title} ${offence.statuteName} ${offence.sectionLabel}`;
  });
  return [ticket.statute, ticket.section, ticket.offenceCategory.replace(/_/g, ' '), ...words].join(' ');
}

/** Only chunks about this offence count as grounds to score; general procedure alone is not enough. */
function relevantSources(ticket: Ticket, hits: readonly KnowledgeSearchHit[]): KnowledgeSearchHit[] {
  if (ticket.offenceCategory === 'other') return [];
  const about = hits.filter((hit) => hit.chunk.metadata.categories.includes(ticket.offenceCategory));
  if (about.length === 0) return [];
  // The offence's own chunks first, then the rest of what came back (procedure).
  return [...about, ...hits.filter((hit) => !about.includes(hit))];
}
