import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  OverloadedError,
  PermissionDeniedError,
  RateLimitError,
} from '@anthropic-ai/sdk';
import { ClaudeReadError } from './claude-read-error.js';

/**
 * What the SDK threw, after its own retries, -> a ClaudeReadError. Only the
 * status, the request id and the API's error type are kept: the API's message
 * may quote the request.
 */
export function classifyClaudeError({ error }: { error: unknown }): ClaudeReadError {
  if (error instanceof ClaudeReadError) return error;
  if (error instanceof APIConnectionTimeoutError) return new ClaudeReadError('timeout', { retryable: true });
  // Our circuit breaker refused the call (no request made): the SDK wraps what its fetch threw.
  if (error instanceof APIConnectionError && (error.cause as { code?: unknown } | undefined)?.code === 'circuit_open') {
    return new ClaudeReadError('unavailable', { retryable: true, reason: 'circuit_open' });
  }
  if (error instanceof APIUserAbortError) return new ClaudeReadError('timeout', { retryable: true, reason: 'aborted' });
  if (error instanceof APIConnectionError) return new ClaudeReadError('unavailable', { retryable: true, reason: 'connection' });
  if (error instanceof APIError) {
    const status = error.status ?? 0;
    const details = { status, requestId: error.requestID ?? undefined, reason: error.type ?? undefined };
    if (error instanceof RateLimitError) return new ClaudeReadError('rate_limited', { ...details, retryable: true });
    if (error instanceof OverloadedError || status === 529) return new ClaudeReadError('overloaded', { ...details, retryable: true });
    if (status === 408 || status === 504) return new ClaudeReadError('timeout', { ...details, retryable: true });
    if (status >= 500 || status === 409) return new ClaudeReadError('unavailable', { ...details, retryable: true });
    // 402: billing; an account problem to fix, like a bad key.
    if (error instanceof AuthenticationError || error instanceof PermissionDeniedError || status === 402) {
      return new ClaudeReadError('auth', { ...details, retryable: false });
    }
    return new ClaudeReadError('bad_request', { ...details, retryable: false });
  }
  return new ClaudeReadError('invalid_output', { retryable: false, reason: 'unexpected' });
}
