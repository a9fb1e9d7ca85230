import { ChatAnthropic } from '@langchain/anthropic';

export interface CreateAnthropicAnalysisModelOptions {
  apiKey: string;
  /** ANTHROPIC_ANALYSIS_MODEL, e.g. "claude-sonnet-5-5". */
  model: string;
  /** Defaults to https://api.anthropic.com, whatever the environment says. */
  baseUrl?: string;
  /** Per HTTP request. */
  timeoutMs: number;
  /** Retries of 408/409/429/5xx/529 and connection errors, with backoff, before the analyser hears of it. */
  maxRetries: number;
  /** Room for the analysis (six factors, five options, a draft and its translation). */
  maxTokens?: number;
  /** The SDK's fetch: the composition root passes one behind the provider's circuit breaker. */
  fetch?: typeof globalThis.fetch;
}

const ANTHROPIC_API_URL = 'https://api.anthropic.com';

/**
 * The Claude chat model for contest analysis. No temperature, top_p or
 * thinking: current Claude models reject non-default sampling parameters (and
 * @langchain/anthropic refuses them locally for adaptive-only models), and
 * extended thinking forbids the forced tool choice the structured answer uses.
 * ChatAnthropic builds its SDK client with maxRetries 0 and retries through
 * its own caller, so `maxRetries` goes to the chat model, not clientOptions.
 */
export function createAnthropicAnalysisModel({ apiKey, model, baseUrl, timeoutMs, maxRetries, maxTokens = 8192, fetch }: CreateAnthropicAnalysisModelOptions): ChatAnthropic {
  return new ChatAnthropic({
    apiKey,
    model,
    // Explicit, so ANTHROPIC_BASE_URL or a LangSmith gateway variable cannot reroute a ticket.
    anthropicApiUrl: baseUrl ?? ANTHROPIC_API_URL,
    maxRetries,
    maxTokens,
    streaming: false,
    // The service logs through pino; the SDK must not print requests.
    clientOptions: { timeout: timeoutMs, logLevel: 'off', ...(fetch ? { fetch } : {}) },
  });
}
