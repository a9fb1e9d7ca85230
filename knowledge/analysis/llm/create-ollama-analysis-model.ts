import { ChatOllama } from '@langchain/ollama';

export interface CreateOllamaAnalysisModelOptions {
  /** OLLAMA_BASE_URL, e.g. "http://127.0.0.1:11434". */
  baseUrl: string;
  /** A model with tool calling, e.g. "qwen3:8b" or "llama3.1:8b". */
  model: string;
  /** The whole streamed answer, including loading the model. */
  timeoutMs?: number;
  /** Context window: the prompt, five sources, the tools' schemas and the searches need more than Ollama's default. */
  numCtx?: number;
  /** The composition root passes one behind the provider's circuit breaker. */
  fetch?: typeof globalThis.fetch;
}

/**
 * The local chat model for contest analysis. ChatOllama always streams
 * /api/chat (NDJSON) and has no timeout of its own: the fetch it is given
 * adds one. Temperature 0: an assessment should not change between two runs.
 */
export function createOllamaAnalysisModel({ baseUrl, model, timeoutMs = 180_000, numCtx = 16_384, fetch: baseFetch = globalThis.fetch }: CreateOllamaAnalysisModelOptions): ChatOllama {
  const fetchWithTimeout: typeof fetch = (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    return baseFetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
  };
  return new ChatOllama({ baseUrl, model, temperature: 0, numCtx, fetch: fetchWithTimeout });
}
