import { SendError } from '../../bot/runtime/ports.js';

/** Platform errors that say "try later" rather than "this will never work". */
const TRANSIENT_PLATFORM_ERRORS = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

interface WebApiErrorShape {
  code?: unknown;
  retryAfter?: unknown;
  statusCode?: unknown;
  data?: { error?: unknown };
}

/**
 * A @slack/web-api failure as the outbox understands it: rate limits (with Slack's
 * Retry-After), 5xx and unreachable Slack are retried; a platform error such as
 * channel_not_found, not_in_channel or invalid_auth fails the same way every time.
 * Slack's own message is left out: it can quote the request.
 */
export function toSlackSendError(error: unknown): SendError {
  if (error instanceof SendError) return error;
  const { code, retryAfter, statusCode, data } = (error ?? {}) as WebApiErrorShape;
  if (code === 'slack_webapi_rate_limited_error') {
    const seconds = typeof retryAfter === 'number' ? retryAfter : undefined;
    return new SendError('slack: rate limited', { retryable: true, code: 'rate_limited', ...(seconds !== undefined ? { retryAfterMs: seconds * 1000 } : {}) });
  }
  if (code === 'slack_webapi_platform_error') {
    const platformError = typeof data?.error === 'string' ? data.error : 'platform_error';
    return new SendError(`slack: ${platformError}`, { retryable: TRANSIENT_PLATFORM_ERRORS.has(platformError), code: platformError });
  }
  if (code === 'slack_webapi_http_error' && typeof statusCode === 'number') {
    return new SendError(`slack: HTTP ${statusCode}`, { retryable: statusCode >= 500 || statusCode === 408, code: `http_${statusCode}` });
  }
  // slack_webapi_request_error (network, timeout) or anything unknown: Slack was not reached.
  return new SendError('slack: not reached', { retryable: true, code: typeof code === 'string' ? code : 'send_failed' });
}
