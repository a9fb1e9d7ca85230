import { HumanMessage } from 'langchain';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnthropicAnalysisModel } from './create-anthropic-analysis-model.js';
import { anthropicMessage } from './test-support/anthropic-wire.js';

const ANSWER = anthropicMessage({ content: [{ type: 'text', text: 'ok' }], stopReason: 'end_turn' });

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
  delete process.env.ANTHROPIC_BASE_URL;
  delete process.env.LANGSMITH_GATEWAY;
});

describe('createAnthropicAnalysisModel', () => {
  it('calls api.anthropic.com whatever ANTHROPIC_BASE_URL or LANGSMITH_GATEWAY say, with no sampling parameters', async () => {
    process.env.ANTHROPIC_BASE_URL = 'https://proxy.invalid';
    process.env.LANGSMITH_GATEWAY = 'true';
    let body: Record<string, unknown> = {};
    const scope = nock('https://api.anthropic.com')
      .post('/v1/messages')
      .reply(200, (_uri, sent) => {
        body = sent as Record<string, unknown>;
        return ANSWER;
      });

    const model = createAnthropicAnalysisModel({ apiKey: 'sk-ant-test', model: 'claude-sonnet-5-5', timeoutMs: 5_000, maxRetries: 0 });
    await model.invoke([new HumanMessage('Bonjour')]);

    scope.done();
    expect(body).toMatchObject({ model: 'claude-sonnet-5-5', max_tokens: 8192, stream: false });
    expect(body).not.toHaveProperty('temperature');
    expect(body).not.toHaveProperty('top_p');
    expect(body).not.toHaveProperty('thinking');
  });

  it('uses the given baseUrl and maxTokens', async () => {
    let body: Record<string, unknown> = {};
    const scope = nock('https://anthropic.gateway.test')
      .post('/v1/messages')
      .reply(200, (_uri, sent) => {
        body = sent as Record<string, unknown>;
        return ANSWER;
      });

    const model = createAnthropicAnalysisModel({ apiKey: 'sk-ant-test', model: 'claude-haiku-4-5', baseUrl: 'https://anthropic.gateway.test', timeoutMs: 5_000, maxRetries: 0, maxTokens: 4000 });
    await model.invoke([new HumanMessage('Hello')]);

    scope.done();
    expect(body.max_tokens).toBe(4000);
  });
});
