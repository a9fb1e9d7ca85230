export type ClaudeReadErrorCode =
  | 'rate_limited'
  | 'overloaded'
  | 'timeout'
  | 'unavailable'
  | 'auth'
  | 'bad_request'
  | 'invalid_output';

export interface ClaudeReadErrorDetails {
  /** A later call may succeed (429, 529, 5xx, timeouts, connection errors, after the SDK's own retries). */
  retryable: boolean;
  /** HTTP status of the API's answer, when there was one. */
  status?: number;
  /** The API's request-id header: lets Anthropic find the call, says nothing about its content. */
  requestId?: string;
  /** The API's stable error type (e.g. "overloaded_error"), or the schema paths that failed: never a message text. */
  reason?: string;
}

/**
 * Claude could not give a reading. The caller always falls back to the offline
 * OCR (`fallback` is true); `retryable` tells a passing failure from a defect in
 * configuration or output. The message never holds the API's error text nor the
 * driver's content: it goes to the logs.
 */
export class ClaudeReadError extends Error {
  readonly fallback = true;
  readonly retryable: boolean;
  readonly status?: number;
  readonly requestId?: string;
  readonly reason?: string;

  constructor(
    readonly code: ClaudeReadErrorCode,
    { retryable, status, requestId, reason }: ClaudeReadErrorDetails,
  ) {
    super(`Claude ticket reading failed: ${code}${status === undefined ? '' : ` (HTTP ${status})`}`);
    this.name = 'ClaudeReadError';
    this.retryable = retryable;
    if (status !== undefined) this.status = status;
    if (requestId) this.requestId = requestId;
    if (reason) this.reason = reason;
  }
}
