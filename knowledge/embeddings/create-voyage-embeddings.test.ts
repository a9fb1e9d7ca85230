import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVoyageEmbeddings } from './create-voyage-embeddings.js';
import { VoyageEmbeddingsError } from './voyage-embeddings-error.js';

// Voyage is called with the global fetch, which nock 14 intercepts on Node 20.
const VOYAGE = 'https://api.voyageai.com';

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

interface EmbeddingsRequest {
  input: string[];
  model: string;
  input_type: 'document' | 'query';
}

/** Voyage's documented response, with one 2-d vector per input: [input number, 0]. */
function embeddingsResponse(input: string[], order: 'as-sent' | 'reversed' = 'as-sent') {
  const data = input.map((text, index) => ({ object: 'embedding', embedding: [Number(text.replace(/\D/g, '')), 0], index }));
  if (order === 'reversed') data.reverse();
  return { object: 'list', data, model: 'voyage-law-2', usage: { total_tokens: 10 * input.length } };
}

/** Answers every embeddings call like Voyage and records the requests. */
function voyageAnswering(times: number, order: 'as-sent' | 'reversed' = 'as-sent') {
  const requests: { body: EmbeddingsRequest; authorization: string | undefined }[] = [];
  const scope = nock(VOYAGE)
    .post('/v1/embeddings')
    .times(times)
    .reply(function (_uri, body) {
      const request = body as EmbeddingsRequest;
      requests.push({ body: request, authorization: this.req.headers.authorization as string | undefined });
      return [200, embeddingsResponse(request.input, order)];
    });
  return { scope, requests };
}

function recordingSleep() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

describe('createVoyageEmbeddings', () => {
  it('embeds documents with input_type "document", voyage-law-2 and the bearer key', async () => {
    const voyage = voyageAnswering(1);
    const embeddings = createVoyageEmbeddings({ apiKey: 'voyage-key' });
    await expect(embeddings.embedDocuments(['doc 1', 'doc 2'])).resolves.toEqual([[1, 0], [2, 0]]);
    voyage.scope.done();
    expect(voyage.requests).toEqual([
      { body: { input: ['doc 1', 'doc 2'], model: 'voyage-law-2', input_type: 'document' }, authorization: 'Bearer voyage-key' },
    ]);
  });

  it('embeds a query with input_type "query"', async () => {
    const voyage = voyageAnswering(1);
    const embeddings = createVoyageEmbeddings({ apiKey: 'voyage-key' });
    await expect(embeddings.embedQuery('query 7')).resolves.toEqual([7, 0]);
    expect(voyage.requests[0].body).toEqual({ input: ['query 7'], model: 'voyage-law-2', input_type: 'query' });
  });

  it('uses the configured base URL and model, and knows voyage-law-2 has 1024 dimensions', async () => {
    const scope = nock('https://voyage.proxy.test')
      .post('/v1/embeddings', (body: EmbeddingsRequest) => body.model === 'voyage-3-large')
      .reply(200, (_uri, body) => embeddingsResponse((body as EmbeddingsRequest).input));
    const embeddings = createVoyageEmbeddings({ apiKey: 'k', baseUrl: 'https://voyage.proxy.test/', model: 'voyage-3-large' });
    await embeddings.embedQuery('q 1');
    scope.done();
    expect(createVoyageEmbeddings({ apiKey: 'k' }).dimensions).toBe(1024);
    expect(createVoyageEmbeddings({ apiKey: 'k', model: 'voyage-future-9' }).dimensions).toBeUndefined();
  });

  it('batches at most maxBatchSize inputs per request and keeps the input order', async () => {
    const voyage = voyageAnswering(3);
    const embeddings = createVoyageEmbeddings({ apiKey: 'k', maxBatchSize: 2 });
    const vectors = await embeddings.embedDocuments(['t1', 't2', 't3', 't4', 't5']);
    expect(vectors.map(([n]) => n)).toEqual([1, 2, 3, 4, 5]);
    expect(voyage.requests.map((request) => request.body.input)).toEqual([['t1', 't2'], ['t3', 't4'], ['t5']]);
  });

  it('sends 128 inputs per request by default', async () => {
    const voyage = voyageAnswering(2);
    const texts = Array.from({ length: 130 }, (_, i) => `t${i}`);
    await createVoyageEmbeddings({ apiKey: 'k' }).embedDocuments(texts);
    expect(voyage.requests.map((request) => request.body.input.length)).toEqual([128, 2]);
  });

  it('splits a batch before it exceeds the estimated token budget', async () => {
    const voyage = voyageAnswering(2);
    const long = (n: number) => `${n}${'x'.repeat(299)}`; // about 100 tokens each
    await createVoyageEmbeddings({ apiKey: 'k', maxBatchTokens: 250 }).embedDocuments([long(1), long(2), long(3)]);
    expect(voyage.requests.map((request) => request.body.input.length)).toEqual([2, 1]);
  });

  it('orders vectors by each item index, not by the order of data', async () => {
    voyageAnswering(1, 'reversed');
    const vectors = await createVoyageEmbeddings({ apiKey: 'k' }).embedDocuments(['t1', 't2', 't3']);
    expect(vectors).toEqual([[1, 0], [2, 0], [3, 0]]);
  });

  it('refuses to be created without an API key', () => {
    expect(() => createVoyageEmbeddings({ apiKey: '' })).toThrow(/API key/);
  });

  it('sends nothing for no documents', async () => {
    await expect(createVoyageEmbeddings({ apiKey: 'k' }).embedDocuments([])).resolves.toEqual([]);
  });

  it('retries a 429 after the Retry-After delay', async () => {
    const limited = nock(VOYAGE).post('/v1/embeddings').reply(429, { detail: 'Rate limit exceeded' }, { 'Retry-After': '2' });
    const voyage = voyageAnswering(1);
    const { delays, sleep } = recordingSleep();
    await expect(createVoyageEmbeddings({ apiKey: 'k', sleep }).embedQuery('q 3')).resolves.toEqual([3, 0]);
    limited.done();
    voyage.scope.done();
    expect(delays).toEqual([2000]);
  });

  it('retries server errors with a growing backoff', async () => {
    const failing = nock(VOYAGE).post('/v1/embeddings').times(2).reply(503, 'Service Unavailable');
    voyageAnswering(1);
    const { delays, sleep } = recordingSleep();
    await createVoyageEmbeddings({ apiKey: 'k', sleep, initialRetryDelayMs: 100 }).embedQuery('q 1');
    failing.done();
    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeGreaterThanOrEqual(50);
    expect(delays[0]).toBeLessThanOrEqual(100);
    expect(delays[1]).toBeGreaterThanOrEqual(100);
    expect(delays[1]).toBeLessThanOrEqual(200);
  });

  it('gives up after maxRetries with a retryable error', async () => {
    nock(VOYAGE).post('/v1/embeddings').times(3).reply(500, { detail: 'Internal error' });
    const { sleep } = recordingSleep();
    const error = await createVoyageEmbeddings({ apiKey: 'k', sleep, maxRetries: 2 })
      .embedQuery('q')
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(VoyageEmbeddingsError);
    expect(error).toMatchObject({ code: 'voyage_http_error', status: 500, retryable: true });
    expect(nock.isDone()).toBe(true);
  });

  it('does not wait for a Retry-After longer than maxRetryDelayMs, and says how long to wait', async () => {
    nock(VOYAGE).post('/v1/embeddings').reply(429, { detail: 'Rate limit exceeded' }, { 'Retry-After': '120' });
    const { delays, sleep } = recordingSleep();
    const error = await createVoyageEmbeddings({ apiKey: 'k', sleep }).embedQuery('q').catch((err: unknown) => err);
    expect(error).toMatchObject({ code: 'voyage_http_error', status: 429, retryable: true, retryAfterMs: 120_000 });
    expect(delays).toEqual([]);
  });

  it('does not retry a 400 and reports Voyage detail, not the input', async () => {
    nock(VOYAGE).post('/v1/embeddings').reply(400, { detail: 'Value error, model voyage-nope is not supported' });
    const error = await createVoyageEmbeddings({ apiKey: 'k', model: 'voyage-nope' })
      .embedQuery('secret ticket text')
      .catch((err: unknown) => err);
    expect(error).toBeInstanceOf(VoyageEmbeddingsError);
    expect(error).toMatchObject({ code: 'voyage_http_error', status: 400, retryable: false });
    expect((error as Error).message).toContain('model voyage-nope is not supported');
    expect((error as Error).message).not.toContain('secret ticket text');
  });

  it('times out a request that does not answer', async () => {
    nock(VOYAGE).post('/v1/embeddings').delay(2_000).reply(200, embeddingsResponse(['q 1']));
    const error = await createVoyageEmbeddings({ apiKey: 'k', timeoutMs: 50, maxRetries: 0 })
      .embedQuery('q 1')
      .catch((err: unknown) => err);
    expect(error).toMatchObject({ code: 'voyage_timeout', retryable: true });
  });

  it('rejects a response that does not have one embedding per input', async () => {
    nock(VOYAGE).post('/v1/embeddings').reply(200, { object: 'list', data: [{ object: 'embedding', embedding: [1], index: 0 }] });
    const error = await createVoyageEmbeddings({ apiKey: 'k' }).embedDocuments(['a', 'b']).catch((err: unknown) => err);
    expect(error).toMatchObject({ code: 'voyage_invalid_response', retryable: false });
  });
});
