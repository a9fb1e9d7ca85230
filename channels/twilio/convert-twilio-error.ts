import { SendError } from '../../bot/runtime/ports.js';
import { parseRetryAfter } from '../shared/parse-retry-after.js';

/** Socket-level failures: the request may not have reached Twilio, so trying again is right. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EPIPE',
  'ERR_NETWORK',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
]);

export interface ConvertTwilioErrorOptions {
  /** What the Twilio SDK threw: RestException / TwilioServiceException (status, code) or an axios network error. */
  error: unknown;
  /** Retry-After header of the failed response, when we could read it. */
  retryAfter?: string | null;
  now?: Date;
}

/**
 * Twilio failure -> SendError the outbox understands.
 * 429 and 5xx are transient; other 4xx (21211 invalid number, 21610 unsubscribed,
 * 63016 outside the WhatsApp window...) will fail again identically, so they are final.
 * Twilio's own error text is left out: it often quotes the phone number.
 */
export function convertTwilioError({ error, retryAfter, now = new Date() }: ConvertTwilioErrorOptions): SendError {
  if (error instanceof SendError) return error;
  const details = (typeof error === 'object' && error !== null ? error : {}) as {
    isAxiosError?: boolean;
    status?: unknown;
    code?: unknown;
    moreInfo?: unknown;
  };

  if (details.isAxiosError || (typeof details.code === 'string' && NETWORK_CODES.has(details.code))) {
    const code = typeof details.code === 'string' ? details.code : 'network_error';
    return new SendError(`Twilio unreachable (${code})`, { retryable: true, code: 'network_error' });
  }

  if (typeof details.status === 'number') {
    const status = details.status;
    const twilioCode = typeof details.code === 'number' || typeof details.code === 'string' ? String(details.code) : undefined;
    const code = twilioCode && twilioCode !== '0' ? twilioCode : `http_${status}`;
    const moreInfo = typeof details.moreInfo === 'string' ? ` ${details.moreInfo}` : '';
    const message = `Twilio refused the request (HTTP ${status}, code ${code})${moreInfo}`;
    if (status === 429 || status >= 500) {
      const retryAfterMs = parseRetryAfter(retryAfter, now);
      return new SendError(message, retryAfterMs === undefined ? { retryable: true, code } : { retryable: true, code, retryAfterMs });
    }
    return new SendError(message, { retryable: false, code });
  }

  // Anything else is ours (bad configuration, a bug): retrying would not help.
  return new SendError(`Twilio send failed: ${error instanceof Error ? error.name : 'unknown error'}`, { retryable: false, code: 'send_failed' });
}
