import { SendError } from './ports.js';

export interface SendRetryPlan {
  /** No more tries: a permanent refusal, or the last attempt failed. */
  dead: boolean;
  code: string;
  /** When to try again: the provider's Retry-After when it gave one, else the backoff. */
  delayMs: number;
}

/** What an outbox does after a failed send: the same rule for emails and Slack posts. */
export function planSendRetry({ error, attempts, maxAttempts, backoffMs }: { error: unknown; attempts: number; maxAttempts: number; backoffMs: (attempt: number) => number }): SendRetryPlan {
  const retryable = !(error instanceof SendError) || error.options.retryable;
  const code = error instanceof SendError ? (error.options.code ?? 'send_failed') : 'send_failed';
  const delayMs = error instanceof SendError && error.options.retryAfterMs !== undefined ? error.options.retryAfterMs : backoffMs(attempts);
  return { dead: !retryable || attempts >= maxAttempts, code, delayMs };
}
