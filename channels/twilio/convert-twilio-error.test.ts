import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { SendError } from '../../bot/runtime/ports.js';
import { convertTwilioError } from './convert-twilio-error.js';

const restException = (statusCode: number, body: unknown) => new twilio.RestException({ statusCode, body });

describe('convertTwilioError', () => {
  it('reads an HTTP-date Retry-After', () => {
    const now = new Date('2025-03-01T12:00:00Z');
    const error = convertTwilioError({ error: restException(429, { code: 20429 }), retryAfter: 'Sat, 01 Mar 2025 12:00:30 GMT', now });
    expect(error.options).toEqual({ retryable: true, code: '20429', retryAfterMs: 30_000 });
  });

  it('ignores an unreadable Retry-After', () => {
    const error = convertTwilioError({ error: restException(503, null), retryAfter: 'soon' });
    expect(error.options).toEqual({ retryable: true, code: 'http_503' });
  });

  it('treats an RFC 9457 TwilioServiceException-like error by its status and code', () => {
    const error = convertTwilioError({ error: Object.assign(new Error('x'), { status: 400, code: 21211 }) });
    expect(error.options).toEqual({ retryable: false, code: '21211' });
  });

  it('treats a socket error as retryable', () => {
    const error = convertTwilioError({ error: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
    expect(error.options).toEqual({ retryable: true, code: 'network_error' });
  });

  it('treats our own errors as final', () => {
    expect(convertTwilioError({ error: new TypeError('boom') }).options).toEqual({ retryable: false, code: 'send_failed' });
  });

  it('passes a SendError through', () => {
    const original = new SendError('x', { retryable: false, code: 'c' });
    expect(convertTwilioError({ error: original })).toBe(original);
  });
});
