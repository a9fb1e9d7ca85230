import { StructuredOutputParsingError } from 'langchain';
import { describe, expect, it } from 'vitest';
import { classifyAgentError } from './classify-agent-error.js';

/** Shaped like the Anthropic SDK's APIError: a class name, a status and the API's body on `error`. */
class APIError extends Error {
  constructor(
    readonly status: number,
    readonly error: unknown,
  ) {
    super(`${status} ${JSON.stringify(error)}`);
  }
}
class APIConnectionError extends APIError {}

describe('classifyAgentError', () => {
  it('calls any HTTP status model_unavailable, keeping the API error type but not its message', () => {
    const failure = classifyAgentError({ error: new APIError(529, { type: 'error', error: { type: 'overloaded_error', message: 'secret ticket text' } }) });
    expect(failure).toEqual({ reason: 'model_unavailable', detail: 'HTTP 529 overloaded_error' });
    expect(classifyAgentError({ error: Object.assign(new Error('model "x" not found'), { status_code: 404 }) })).toEqual({ reason: 'model_unavailable', detail: 'HTTP 404' });
  });

  it('calls connection failures and timeouts model_unavailable', () => {
    expect(classifyAgentError({ error: Object.assign(new APIConnectionError(0, undefined), { status: undefined }) })).toEqual({ reason: 'model_unavailable', detail: 'APIConnectionError' });
    expect(classifyAgentError({ error: new DOMException('The operation was aborted due to timeout', 'TimeoutError') })).toEqual({ reason: 'model_unavailable', detail: 'TimeoutError' });
    const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:11434'), { code: 'ECONNREFUSED' }) });
    expect(classifyAgentError({ error: refused })).toEqual({ reason: 'model_unavailable', detail: 'connection ECONNREFUSED' });
  });

  it('calls structured-output and recursion errors invalid_output', () => {
    const parsing = new StructuredOutputParsingError('submit_contest_analysis', ['Instance does not have required property "score".']);
    expect(classifyAgentError({ error: parsing })).toEqual({ reason: 'invalid_output', detail: 'schema: Instance does not have required property "score".' });
    expect(classifyAgentError({ error: Object.assign(new Error('Recursion limit of 12 reached'), { name: 'GraphRecursionError' }) })).toEqual({ reason: 'invalid_output', detail: 'too many steps without an answer' });
    expect(classifyAgentError({ error: new RangeError('x') })).toEqual({ reason: 'invalid_output', detail: 'unexpected RangeError' });
  });
});
