import { HumanMessage } from 'langchain';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { classifyAgentError } from './classify-agent-error.js';
import { createOllamaAnalysisModel } from './create-ollama-analysis-model.js';
import { ollamaChatStream } from './test-support/ollama-wire.js';

const OLLAMA = 'http://ollama.test:11434';

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('createOllamaAnalysisModel', () => {
  it('streams /api/chat on the given host with temperature 0 and a larger context', async () => {
    let body: Record<string, any> = {};
    const scope = nock(OLLAMA)
      .post('/api/chat')
      .reply(200, (_uri, sent) => {
        body = sent as Record<string, any>;
        return ollamaChatStream({ model: 'llama3.1:8b', content: 'Bonjour' });
      });

    const answer = await createOllamaAnalysisModel({ baseUrl: OLLAMA, model: 'llama3.1:8b' }).invoke([new HumanMessage('Salut')]);

    scope.done();
    expect(answer.content).toBe('Bonjour');
    expect(body).toMatchObject({ model: 'llama3.1:8b', stream: true, messages: [{ role: 'user', content: 'Salut' }], options: { temperature: 0, num_ctx: 16_384 } });
  });

  it('gives up after timeoutMs with an error the analyser calls model_unavailable', async () => {
    nock(OLLAMA).post('/api/chat').delay(2_000).reply(200, ollamaChatStream({ model: 'llama3.1:8b', content: 'trop tard' }));

    const error = await createOllamaAnalysisModel({ baseUrl: OLLAMA, model: 'llama3.1:8b', timeoutMs: 100 })
      .invoke([new HumanMessage('Salut')])
      .then(
        () => undefined,
        (failure: unknown) => failure,
      );

    expect(error).toBeDefined();
    expect(classifyAgentError({ error })).toEqual({ reason: 'model_unavailable', detail: 'TimeoutError' });
  });
});
