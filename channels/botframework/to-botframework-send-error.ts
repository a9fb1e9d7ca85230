import { SendError } from '../../bot/runtime/ports.js';
import { parseRetryAfter } from '../shared/parse-retry-after.js';

type HeaderBag = { get?(name: string): string | undefined } | Record<string, unknown>;

/**
 * Connector failures as the outbox understands them: throttling (429), server
 * errors (5xx), timeouts and network failures are retried; any other 4xx
 * (403 bot removed from the conversation, 404 unknown conversation…) is not.
 * The connector's error text is left out: it can quote the request.
 */
export function toBotFrameworkSendError(error: unknown): SendError {
  if (error instanceof SendError) return error;
  const { statusCode, code, response } = (error ?? {}) as { statusCode?: unknown; code?: unknown; response?: { headers?: HeaderBag } };
  if (typeof statusCode === 'number') {
    const retryable = statusCode === 408 || statusCode === 429 || statusCode >= 500;
    const retryAfterMs = retryable ? parseRetryAfter(readHeader(response?.headers, 'retry-after')) : undefined;
    return new SendError(`botframework: connector answered ${statusCode}`, {
      retryable,
      code: `http_${statusCode}`,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });
  }
  // No HTTP status: the connector was not reached (ECONNREFUSED, timeout) or the token request failed.
  return new SendError('botframework: connector not reached', {
    retryable: true,
    code: typeof code === 'string' ? code : 'send_failed',
  });
}

function readHeader(headers: HeaderBag | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  if (typeof headers.get === 'function') return headers.get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}
