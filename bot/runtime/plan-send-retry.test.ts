import { describe, expect, it } from 'vitest';
import { planSendRetry } from './plan-send-retry.js';
import { SendError } from './ports.js';

const backoffMs = (attempt: number) => attempt * 1000;

describe('planSendRetry', () => {
  it('retries with the backoff, honours Retry-After, stops on a permanent refusal or the last attempt', () => {
    expect(planSendRetry({ error: new Error('socket hang up'), attempts: 2, maxAttempts: 8, backoffMs })).toEqual({ dead: false, code: 'send_failed', delayMs: 2000 });
    expect(planSendRetry({ error: new SendError('429', { retryable: true, retryAfterMs: 30_000, code: 'rate_limited' }), attempts: 1, maxAttempts: 8, backoffMs })).toEqual({ dead: false, code: 'rate_limited', delayMs: 30_000 });
    expect(planSendRetry({ error: new SendError('gone', { retryable: false, code: 'channel_not_found' }), attempts: 1, maxAttempts: 8, backoffMs })).toMatchObject({ dead: true, code: 'channel_not_found' });
    expect(planSendRetry({ error: new Error('down'), attempts: 8, maxAttempts: 8, backoffMs })).toMatchObject({ dead: true });
  });
});
