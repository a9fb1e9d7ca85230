import { APIConnectionError, APIConnectionTimeoutError, APIError } from '@anthropic-ai/sdk';
import { describe, expect, it } from 'vitest';
import { classifyClaudeError } from './classify-claude-error.js';
import { ClaudeReadError } from './claude-read-error.js';

function apiError(status: number, type: string) {
  const headers = new Headers({ 'request-id': `req_${status}` });
  return APIError.generate(status, { type: 'error', error: { type, message: `secret ticket text ${status}` } }, undefined, headers);
}

describe('classifyClaudeError', () => {
  it.each([
    [429, 'rate_limit_error', 'rate_limited', true],
    [529, 'overloaded_error', 'overloaded', true],
    [500, 'api_error', 'unavailable', true],
    [503, 'api_error', 'unavailable', true],
    [504, 'timeout_error', 'timeout', true],
    [408, 'timeout_error', 'timeout', true],
    [401, 'authentication_error', 'auth', false],
    [403, 'permission_error', 'auth', false],
    [402, 'billing_error', 'auth', false],
    [400, 'invalid_request_error', 'bad_request', false],
    [413, 'request_too_large', 'bad_request', false],
    [404, 'not_found_error', 'bad_request', false],
  ] as const)('HTTP %i (%s) is %s, retryable %s, and keeps no API message', (status, type, code, retryable) => {
    const error = classifyClaudeError({ error: apiError(status, type) });
    expect(error).toBeInstanceOf(ClaudeReadError);
    expect(error).toMatchObject({ code, retryable, fallback: true, status, requestId: `req_${status}`, reason: type });
    expect(error.message).not.toContain('secret');
    expect(JSON.stringify(error)).not.toContain('secret');
    expect(error.cause).toBeUndefined();
  });

  it('tells a timeout from a connection failure', () => {
    expect(classifyClaudeError({ error: new APIConnectionTimeoutError() })).toMatchObject({ code: 'timeout', retryable: true });
    expect(classifyClaudeError({ error: new APIConnectionError({ message: 'fetch failed' }) })).toMatchObject({ code: 'unavailable', retryable: true });
  });

  it('passes its own errors through and calls anything else invalid_output', () => {
    const own = new ClaudeReadError('invalid_output', { retryable: false, reason: 'not_json' });
    expect(classifyClaudeError({ error: own })).toBe(own);
    expect(classifyClaudeError({ error: new TypeError('x is undefined') })).toMatchObject({ code: 'invalid_output', retryable: false });
  });
});
