import { Embeddings } from '@langchain/core/embeddings';
import { z } from 'zod';
import { parseRetryAfter } from '../../channels/shared/parse-retry-after.js';
import { VoyageEmbeddingsError } from './voyage-embeddings-error.js';

export interface VoyageEmbeddingsOptions {
  apiKey: string;
  /** voyage-law-2 is Voyage's model for legal retrieval (1024 dimensions, 16K-token context). */
  model?: string;
  baseUrl?: string;
  /** Inputs per request. Voyage's documented limit is 128 on older references and 1,000 now: 128 is safe for both. */
  maxBatchSize?: number;
  /**
   * Estimated tokens per request. Voyage caps a request at 120K tokens for
   * voyage-law-2 (320K–1M for lighter models); tokens are estimated at one per
   * three characters, which overestimates for French and English prose.
   */
  maxBatchTokens?: number;
  /** Per attempt. */
  timeoutMs?: number;
  /** Retries after the first attempt, for 429, 5xx, timeouts and network errors. */
  maxRetries?: number;
  initialRetryDelayMs?: number;
  /** A longer Retry-After is not waited for: the error says how long to wait instead. */
  maxRetryDelayMs?: number;
  /** Injected by tests so retries do not wait for real. */
  sleep?: (ms: number) => Promise<void>;
}

export type VoyageEmbeddings = Embeddings & {
  readonly model: string;
  /** Known from the model name, or undefined for a model this code does not know. */
  readonly dimensions: number | undefined;
};

/** Default output dimensions, from Voyage's model table; others are discovered by the store with a probe. */
const KNOWN_DIMENSIONS: Record<string, number> = {
  'voyage-law-2': 1024,
  'voyage-finance-2': 1024,
  'voyage-multilingual-2': 1024,
  'voyage-large-2': 1536,
  'voyage-2': 1024,
  'voyage-3': 1024,
  'voyage-3-lite': 512,
  'voyage-3-large': 1024,
  'voyage-3.5': 1024,
  'voyage-3.5-lite': 1024,
};

const embeddingsResponseSchema = z.object({
  data: z.array(z.object({ embedding: z.array(z.number()), index: z.number().int().nonnegative() })),
});

/**
 * LangChain embeddings backed by Voyage AI's REST API
 * (`POST {baseUrl}/v1/embeddings`), on the global fetch. Documents are sent
 * with `input_type: "document"` and queries with `"query"`: Voyage prepends a
 * different retrieval prompt to each, which is what makes query–document
 * similarity work. Inputs are batched within Voyage's per-request limits and
 * the vectors come back in input order (by each item's `index`, not by the
 * order of `data`). Rate limits and server errors are retried with
 * exponential backoff, honouring Retry-After.
 */
export function createVoyageEmbeddings(options: VoyageEmbeddingsOptions): VoyageEmbeddings {
  // Without a key every call would be a 401: the caller must leave dense search off instead.
  if (!options.apiKey) throw new Error('createVoyageEmbeddings needs a Voyage AI API key');
  return new VoyageAiEmbeddings(options);
}

class VoyageAiEmbeddings extends Embeddings {
  readonly model: string;
  readonly dimensions: number | undefined;
  private readonly settings: Required<Omit<VoyageEmbeddingsOptions, 'model'>>;

  constructor({ model = 'voyage-law-2', ...options }: VoyageEmbeddingsOptions) {
    // LangChain's own retrying caller is not used: it does not know Voyage's Retry-After.
    super({ maxRetries: 0 });
    this.model = model;
    this.dimensions = KNOWN_DIMENSIONS[model];
    this.settings = {
      apiKey: options.apiKey,
      baseUrl: (options.baseUrl ?? 'https://api.voyageai.com').replace(/\/+$/, ''),
      maxBatchSize: options.maxBatchSize ?? 128,
      maxBatchTokens: options.maxBatchTokens ?? 100_000,
      timeoutMs: options.timeoutMs ?? 30_000,
      maxRetries: options.maxRetries ?? 4,
      initialRetryDelayMs: options.initialRetryDelayMs ?? 1_000,
      maxRetryDelayMs: options.maxRetryDelayMs ?? 60_000,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    };
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    const vectors: number[][] = [];
    // One batch at a time: ingestion is not latency-bound, and it keeps us under the rate limit.
    for (const batch of this.splitIntoBatches(documents)) vectors.push(...(await this.embed(batch, 'document')));
    return vectors;
  }

  async embedQuery(query: string): Promise<number[]> {
    const [vector] = await this.embed([query], 'query');
    return vector;
  }

  private splitIntoBatches(texts: string[]): string[][] {
    const batches: string[][] = [];
    let current: string[] = [];
    let tokens = 0;
    for (const text of texts) {
      const estimate = Math.ceil(text.length / 3);
      const full = current.length >= this.settings.maxBatchSize || tokens + estimate > this.settings.maxBatchTokens;
      if (current.length > 0 && full) {
        batches.push(current);
        current = [];
        tokens = 0;
      }
      current.push(text);
      tokens += estimate;
    }
    if (current.length > 0) batches.push(current);
    return batches;
  }

  private async embed(input: string[], inputType: 'document' | 'query'): Promise<number[][]> {
    const { maxRetries, initialRetryDelayMs, maxRetryDelayMs, sleep } = this.settings;
    for (let attempt = 0; ; attempt += 1) {
      const outcome = await this.post(input, inputType);
      if (!(outcome instanceof VoyageEmbeddingsError)) return outcome;
      if (!outcome.retryable || attempt >= maxRetries) throw outcome;
      const backoff = Math.min(maxRetryDelayMs, initialRetryDelayMs * 2 ** attempt);
      const delay = outcome.retryAfterMs ?? backoff / 2 + Math.random() * (backoff / 2);
      if (delay > maxRetryDelayMs) throw outcome;
      await sleep(delay);
    }
  }

  /** One attempt: the vectors in input order, or the error (not thrown, so the caller decides to retry). */
  private async post(input: string[], inputType: 'document' | 'query'): Promise<number[][] | VoyageEmbeddingsError> {
    let response: Response;
    try {
      response = await fetch(`${this.settings.baseUrl}/v1/embeddings`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${this.settings.apiKey}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify({ input, model: this.model, input_type: inputType }),
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (err) {
      const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
      return new VoyageEmbeddingsError(
        timedOut ? `Voyage AI did not answer within ${this.settings.timeoutMs} ms` : 'Voyage AI could not be reached',
        { code: timedOut ? 'voyage_timeout' : 'voyage_network_error', retryable: true, cause: err },
      );
    }

    const body = await response.text().catch(() => '');
    if (!response.ok) {
      const retryable = response.status === 429 || response.status >= 500;
      return new VoyageEmbeddingsError(`Voyage AI answered HTTP ${response.status}: ${describeFailure(body)}`, {
        code: 'voyage_http_error',
        retryable,
        status: response.status,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
      });
    }
    return readVectors(body, input.length);
  }
}

function readVectors(body: string, expected: number): number[][] | VoyageEmbeddingsError {
  const invalid = (why: string) =>
    new VoyageEmbeddingsError(`Voyage AI's embeddings response is not usable: ${why}`, {
      code: 'voyage_invalid_response',
      retryable: false,
    });
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return invalid('not JSON');
  }
  const parsed = embeddingsResponseSchema.safeParse(json);
  if (!parsed.success) return invalid(z.prettifyError(parsed.error));
  const vectors: number[][] = new Array(expected);
  for (const item of parsed.data.data) {
    if (item.index >= expected || vectors[item.index]) return invalid(`unexpected or repeated index ${item.index}`);
    vectors[item.index] = item.embedding;
  }
  if (parsed.data.data.length !== expected) return invalid(`${parsed.data.data.length} embeddings for ${expected} inputs`);
  return vectors;
}

/** Voyage's error bodies are `{ "detail": "..." }`; kept short, as it ends up in logs. */
function describeFailure(body: string): string {
  let detail = body;
  try {
    const json = JSON.parse(body) as { detail?: unknown };
    if (typeof json.detail === 'string') detail = json.detail;
  } catch {
    // Not JSON (a proxy's HTML page): the raw start is still the best clue.
  }
  const oneLine = detail.replace(/\s+/g, ' ').trim();
  return oneLine.length > 200 ? `${oneLine.slice(0, 200)}…` : oneLine || 'no detail';
}
