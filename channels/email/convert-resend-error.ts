import type { ErrorResponse } from 'resend';
import { SendError } from '../../bot/runtime/ports.js';
import { parseRetryAfter } from '../shared/parse-retry-after.js';

export interface ConvertResendErrorOptions {
  /** What resend.emails.send returned as `error` ({ name, statusCode, message }). */
  error: ErrorResponse;
  /** Response headers (lower-case names), null when no response came back. */
  headers: Record<string, string> | null;
  now?: Date;
}

/**
 * Quotas answer 429 too, but waiting minutes will not lift them (Resend's own CLI does not
 * retry them, resend/resend-cli#46): final, so the dead letter says why.
 */
const QUOTA_ERRORS = new Set(['daily_quota_exceeded', 'monthly_quota_exceeded']);

/**
 * Resend failure -> SendError the email outbox understands.
 * No status: the request never got an answer (network, timeout), so trying again is right;
 * retrying is safe because every send carries its idempotency key.
 * 429 (rate limit), 5xx and a 409 for the same key still in flight are transient; other 4xx
 * (validation_error, invalid_from_address, invalid_idempotent_request…) fail identically again.
 * Resend's message is left out: it can quote the recipient's address.
 */
export function convertResendError({ error, headers, now = new Date() }: ConvertResendErrorOptions): SendError {
  const status = error.statusCode;
  if (status === null) {
    return new SendError('Resend unreachable (no response)', { retryable: true, code: 'network_error' });
  }
  const code: string = error.name || `http_${status}`;

  const message = `Resend refused the email (HTTP ${status}, ${code})`;
  const transient =
    (status === 429 && !QUOTA_ERRORS.has(code)) || status >= 500 || (status === 409 && code === 'concurrent_idempotent_requests');
  if (!transient) return new SendError(message, { retryable: false, code });

  const retryAfterMs = parseRetryAfter(headers?.['retry-after'], now);
  return new SendError(message, retryAfterMs === undefined ? { retryable: true, code } : { retryable: true, code, retryAfterMs });
}
