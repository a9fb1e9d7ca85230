export type VoyageEmbeddingsErrorCode =
  | 'voyage_http_error'
  | 'voyage_timeout'
  | 'voyage_network_error'
  | 'voyage_invalid_response';

/**
 * A failed call to Voyage AI's embeddings endpoint, after retries. `retryable`
 * says whether trying again later may succeed (rate limit, server error,
 * timeout, network) and `retryAfterMs` carries Voyage's Retry-After when it
 * sent one. The message never contains the texts being embedded, and `code`
 * is an own property so the logger keeps it.
 */
export class VoyageEmbeddingsError extends Error {
  readonly code: VoyageEmbeddingsErrorCode;
  readonly retryable: boolean;
  readonly status?: number;
  readonly retryAfterMs?: number;

  constructor(
    message: string,
    options: {
      code: VoyageEmbeddingsErrorCode;
      retryable: boolean;
      status?: number;
      retryAfterMs?: number;
      cause?: unknown;
    },
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VoyageEmbeddingsError';
    this.code = options.code;
    this.retryable = options.retryable;
    if (options.status !== undefined) this.status = options.status;
    if (options.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }
}
