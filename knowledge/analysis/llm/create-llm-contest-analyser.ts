import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { createAgent, HumanMessage, toolStrategy } from 'langchain';
import type { Language } from '../../../i18n/languages.js';
import type { Ticket } from '../../../tickets/ticket-schema.js';
import type { KnowledgeChunk, KnowledgeSearchHit } from '../../knowledge-chunk.js';
import type { KnowledgeRetriever } from '../../retrieval/knowledge-retriever.js';
import { modelAnalysisSchema, type ContestAnalysis, type ModelAnalysis } from '../contest-analysis-schema.js';
import { buildAnalysisRequestMessage } from './build-analysis-request-message.js';
import { buildCitations } from '../build-citations.js';
import { classifyAgentError } from './classify-agent-error.js';
import { buildContestAnalysisSystemPrompt, CONTEST_ANALYSIS_PROMPT_VERSION, SEARCH_TOOL_NAME, SUBMIT_TOOL_NAME } from './contest-analysis-system-prompt.js';
import { createLegalSourcesTool } from './create-legal-sources-tool.js';
import { findCaseMismatch } from './find-case-mismatch.js';
import { findOutcomePromise } from './find-outcome-promise.js';
import { listCitedIds } from '../list-cited-ids.js';

export interface LlmAnalysisRequest {
  ticket: Ticket;
  language: Language;
  /** YYYY-MM-DD in the case's time zone. */
  today: string;
  /** The plea deadline computed by our rules. */
  respondBy: string | null;
  /** What retrieval returned for this case before the model runs. */
  sources: KnowledgeSearchHit[];
  /** Aborts the model calls (the caller's time budget ran out, or the turn was stopped). */
  signal?: AbortSignal;
}

export type LlmAnalysisFailureReason = 'invalid_output' | 'ungrounded_citation' | 'forbidden_promise' | 'model_unavailable';

interface LlmAnalysisRecord {
  attempts: number;
  promptVersion: string;
  model: string;
  /** Every chunk id the model was given or found: the sources, then the tool's results. */
  retrievedChunkIds: string[];
  timings: { totalMs: number; attemptsMs: number[] };
}

export type LlmAnalysisResult =
  | ({ ok: true; analysis: ContestAnalysis } & LlmAnalysisRecord)
  | ({ ok: false; reason: LlmAnalysisFailureReason; detail: string } & LlmAnalysisRecord);

export interface LlmContestAnalyser {
  analyse(request: LlmAnalysisRequest): Promise<LlmAnalysisResult>;
}

export interface CreateLlmContestAnalyserOptions {
  /** ChatAnthropic or ChatOllama, from createAnthropicAnalysisModel / createOllamaAnalysisModel. */
  model: BaseChatModel;
  /** Recorded with each analysis. */
  modelName: string;
  retriever: KnowledgeRetriever;
  promptVersion?: string;
  /** The first answer, then retries after a rejected answer; never after model_unavailable. */
  maxAttempts?: number;
  /** Model calls and tool runs in one attempt before it counts as invalid_output: a few searches, then the answer. */
  maxSteps?: number;
}

type AttemptOutcome = { ok: true; analysis: ModelAnalysis } | { ok: false; reason: LlmAnalysisFailureReason; detail: string };

/**
 * What the model is told when its previous answer was rejected: our words
 * only, never the rejected answer's text.
 */
const RETRY_NOTES: Record<Exclude<LlmAnalysisFailureReason, 'model_unavailable'>, string> = {
  invalid_output: `it did not fit the required schema or the case facts. Submit exactly one call to ${SUBMIT_TOOL_NAME} with every required field.`,
  ungrounded_citation: `it cited ids that were not given. Cite only ids that appear in <legal_sources> or in ${SEARCH_TOOL_NAME} results, copied exactly; never cite from memory.`,
  forbidden_promise: 'it promised or guaranteed an outcome. Describe what could help or hurt, never a certain result, and do not use the words guarantee, garanti or garantizado.',
};

/**
 * The analysis arrives as the arguments of a tool call (toolStrategy), the one
 * structured-output route both chat models honour: providerStrategy's
 * native format is ignored by ChatOllama (it reads `format`, not
 * `response_format`/`outputConfig`), and Anthropic's native JSON schema output
 * rejects the schema's bounds (minimum, maxLength, maxItems…). handleError
 * false: a malformed answer ends the attempt instead of looping inside the
 * agent, and our retry starts a fresh conversation.
 */
const RESPONSE_FORMAT = toolStrategy(
  modelAnalysisSchema.meta({
    title: SUBMIT_TOOL_NAME,
    description: 'Submits the preliminary contest analysis for the lawyer to review. Call it once, with every field.',
  }),
  { handleError: false },
);

/**
 * A contest analysis by a LangChain agent: the model reads the ticket and the
 * sources retrieved for it, may search the jurisdiction's corpus with one
 * tool, and submits the analysis through a structured-output tool.
 * The answer is then checked by code, not trusted: the schema, the case facts,
 * every citation id against what was actually retrieved, and no promised
 * outcome. A rejected answer gets one fresh attempt with a note saying why.
 */
export function createLlmContestAnalyser({
  model,
  modelName,
  retriever,
  promptVersion = CONTEST_ANALYSIS_PROMPT_VERSION,
  maxAttempts = 2,
  maxSteps = 12,
}: CreateLlmContestAnalyserOptions): LlmContestAnalyser {
  return {
    async analyse(request) {
      const started = performance.now();
      // Allowed citations: the sources, plus whatever the tool shows the model (in any attempt).
      const chunks = new Map<string, KnowledgeChunk>(request.sources.map(({ chunk }) => [chunk.id, chunk]));
      const attemptsMs: number[] = [];
      const record = (): LlmAnalysisRecord => ({
        attempts: attemptsMs.length,
        promptVersion,
        model: modelName,
        retrievedChunkIds: [...chunks.keys()],
        timings: { totalMs: elapsed(started), attemptsMs: [...attemptsMs] },
      });
      const systemPrompt = buildContestAnalysisSystemPrompt({ jurisdiction: request.ticket.jurisdiction, language: request.language });

      let rejection: Extract<AttemptOutcome, { ok: false }> = { ok: false, reason: 'invalid_output', detail: 'no attempt made' };
      for (let attempt = 1; attempt <= Math.max(1, maxAttempts); attempt += 1) {
        const attemptStarted = performance.now();
        const outcome = await attemptAnalysis(
          buildAnalysisRequestMessage({
            ...request,
            ...(attempt > 1 && rejection.reason !== 'model_unavailable' ? { retryNote: RETRY_NOTES[rejection.reason] } : {}),
          }),
        );
        attemptsMs.push(elapsed(attemptStarted));
        if (outcome.ok) {
          const analysis = withoutSameLanguageTranslation(outcome.analysis, request.language);
          const citations = buildCitations({ cited: listCitedIds({ analysis }), chunks });
          return { ok: true, analysis: { ...analysis, citations }, ...record() };
        }
        rejection = outcome;
        // A provider that is down after its SDK's retries will not be up a second later; a spent budget is spent.
        if (outcome.reason === 'model_unavailable' || request.signal?.aborted) break;
      }
      return { ok: false, reason: rejection.reason, detail: rejection.detail, ...record() };

      /** One fresh conversation: the agent, then every check of its answer. */
      async function attemptAnalysis(userMessage: string): Promise<AttemptOutcome> {
        const agent = createAgent({
          model,
          tools: [
            createLegalSourcesTool({
              retriever,
              jurisdiction: request.ticket.jurisdiction,
              onHits: (hits) => hits.forEach(({ chunk }) => chunks.set(chunk.id, chunk)),
            }),
          ],
          systemPrompt,
          responseFormat: RESPONSE_FORMAT,
        });
        let structured: unknown;
        try {
          const state = await agent.invoke({ messages: [new HumanMessage(userMessage)] }, { recursionLimit: maxSteps, signal: request.signal });
          structured = (state as { structuredResponse?: unknown }).structuredResponse;
        } catch (error) {
          return { ok: false, ...classifyAgentError({ error }) };
        }
        if (structured === undefined) return { ok: false, reason: 'invalid_output', detail: 'no structured answer' };
        const parsed = modelAnalysisSchema.safeParse(structured);
        if (!parsed.success) {
          const paths = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(root)'))];
          return { ok: false, reason: 'invalid_output', detail: `schema: ${paths.slice(0, 6).join(', ')}` };
        }
        const analysis = parsed.data;
        const mismatch = findCaseMismatch({ analysis, jurisdiction: request.ticket.jurisdiction, language: request.language });
        if (mismatch) return { ok: false, reason: 'invalid_output', detail: mismatch };
        const ungrounded = listCitedIds({ analysis }).filter(({ id }) => !chunks.has(id));
        if (ungrounded.length > 0) {
          const ids = ungrounded.slice(0, 3).map(({ id }) => JSON.stringify(id.slice(0, 60)));
          return { ok: false, reason: 'ungrounded_citation', detail: `${ungrounded.length} cited id(s) not retrieved: ${ids.join(', ')}` };
        }
        const promise = findOutcomePromise({ texts: driverFacingTexts(analysis) });
        if (promise) return { ok: false, reason: 'forbidden_promise', detail: `promise: "${promise}"` };
        return { ok: true, analysis };
      }
    },
  };
}

/** Everything a driver or a court may read. */
function driverFacingTexts(analysis: ModelAnalysis): string[] {
  return [
    ...analysis.factors.flatMap((factor) => [factor.label, factor.explanation]),
    ...analysis.options.flatMap((option) => [option.label, option.explanation]),
    ...analysis.consequencesIfPaid.summary,
    analysis.draft.text,
    ...(analysis.draft.translation ? [analysis.draft.translation.text] : []),
  ];
}

/** A "translation" into the language the draft is already in is noise for the driver. */
function withoutSameLanguageTranslation(analysis: ModelAnalysis, language: Language): ModelAnalysis {
  if (analysis.draft.translation && analysis.draft.language === language) return { ...analysis, draft: { ...analysis.draft, translation: null } };
  return analysis;
}

function elapsed(since: number): number {
  return Math.round(performance.now() - since);
}
