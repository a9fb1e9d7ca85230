import { Writable } from 'node:stream';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClaudeReadError } from '../../intake/claude/claude-read-error.js';
import { createClaudeTicketReader } from '../../intake/claude/create-claude-ticket-reader.js';
import { anthropicError, anthropicMessage } from '../../intake/claude/test-support/anthropic-message.js';
import { QC_SPEEDING_DRAFT } from '../../tickets/test-support/ticket-outcomes.js';
import { createLogger } from '../logging/create-logger.js';
import { createMetrics } from '../observability/create-metrics.js';
import { createProviderBreakers } from './create-provider-breakers.js';
import { ProviderUnavailableError } from './provider-unavailable-error.js';

const API = 'https://api.anthropic.com';
const HINTS = { marketHint: 'QC' as const, today: '2026-11-21' };
const HALF_OPEN_MS = 30_000;

function setup({ timeoutMs = 5_000 } = {}) {
  let raw = '';
  const logger = createLogger({ level: 'info', destination: new Writable({ write: (chunk, _e, done) => ((raw += chunk.toString()), done()) }) });
  const metrics = createMetrics();
  const breakers = createProviderBreakers({ failures: 3, halfOpenMs: HALF_OPEN_MS, logger, metrics });
  // The real SDK (no retries of its own here) on the breaker's fetch, as the composition root wires it.
  const reader = createClaudeTicketReader({ apiKey: 'sk-ant-test-0000', timeoutMs, maxRetries: 0, fetch: breakers.anthropic.guardFetch() });
  const gauge = async () => (await metrics.registry.getSingleMetric('ticket911_breaker_state')!.get()).values.find((v) => v.labels.provider === 'anthropic')!.value;
  const logs = () => raw.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { level: string; msg: string });
  return { breakers, reader, gauge, logs };
}

async function failure(promise: Promise<unknown>): Promise<ClaudeReadError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ClaudeReadError);
  return error as ClaudeReadError;
}

beforeEach(() => {
  nock.disableNetConnect();
  // Only Date is faked: cockatiel measures the open period with Date.now(); nock and fetch keep real timers.
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-21T15:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('createProviderBreakers (Anthropic through the real SDK, nock)', () => {
  it('opens after N consecutive 529 overloaded_error answers, then fails fast without a request', async () => {
    const { breakers, reader, gauge, logs } = setup();
    const overloaded = nock(API).post('/v1/messages').times(3).reply(529, anthropicError('overloaded_error', 'Overloaded'));
    for (let i = 0; i < 3; i++) expect((await failure(reader.readText({ text: 'speeding', hints: HINTS }))).code).toBe('overloaded');
    expect(overloaded.isDone()).toBe(true);
    expect(breakers.anthropic.state()).toBe('open');
    expect(await gauge()).toBe(1);
    expect(logs().some((line) => line.level === 'warn' && line.msg.includes('anthropic circuit breaker open'))).toBe(true);

    const unused = nock(API).post('/v1/messages').reply(200, anthropicMessage({ json: QC_SPEEDING_DRAFT }));
    const refused = await failure(reader.readText({ text: 'speeding', hints: HINTS }));
    expect(refused).toMatchObject({ code: 'unavailable', reason: 'circuit_open', retryable: true });
    expect(unused.isDone()).toBe(false);
    expect(unused.pendingMocks()).toHaveLength(1);
  });

  it('counts 429 rate_limit_error (with retry-after) and timeouts, and lets one probe through after the half-open delay; a success closes it', async () => {
    const { breakers, reader, gauge, logs } = setup({ timeoutMs: 200 });
    nock(API).post('/v1/messages').reply(429, anthropicError('rate_limit_error', 'Number of requests has exceeded your rate limit'), { 'retry-after': '30' });
    nock(API).post('/v1/messages').reply(500, anthropicError('api_error', 'Internal server error'));
    // A reply slower than the SDK's timeout: the SDK aborts the request.
    nock(API).post('/v1/messages').delay(2_000).reply(200, anthropicMessage({ json: QC_SPEEDING_DRAFT }));
    expect((await failure(reader.readText({ text: 'a', hints: HINTS }))).code).toBe('rate_limited');
    expect((await failure(reader.readText({ text: 'b', hints: HINTS }))).code).toBe('unavailable');
    expect((await failure(reader.readText({ text: 'c', hints: HINTS }))).code).toBe('timeout');
    expect(breakers.anthropic.state()).toBe('open');

    const probe = nock(API).post('/v1/messages').reply(200, anthropicMessage({ json: QC_SPEEDING_DRAFT }));
    vi.setSystemTime(Date.now() + HALF_OPEN_MS - 1_000);
    expect((await failure(reader.readText({ text: 'd', hints: HINTS }))).reason).toBe('circuit_open');
    expect(probe.isDone()).toBe(false);

    vi.setSystemTime(Date.now() + 2_000);
    const reading = await reader.readText({ text: 'e', hints: HINTS });
    expect(reading.offenceCategory).toBe('speeding');
    expect(probe.isDone()).toBe(true);
    expect(breakers.anthropic.state()).toBe('closed');
    expect(await gauge()).toBe(0);
    expect(logs().some((line) => line.level === 'info' && line.msg.includes('anthropic circuit breaker closed'))).toBe(true);
  });

  it('a failed probe opens it again for another delay', async () => {
    const { breakers, reader } = setup();
    nock(API).post('/v1/messages').times(4).reply(529, anthropicError('overloaded_error', 'Overloaded'));
    for (let i = 0; i < 3; i++) await failure(reader.readText({ text: 'x', hints: HINTS }));
    vi.setSystemTime(Date.now() + HALF_OPEN_MS + 1);
    expect((await failure(reader.readText({ text: 'probe', hints: HINTS }))).code).toBe('overloaded');
    expect(breakers.anthropic.state()).toBe('open');
    const unused = nock(API).post('/v1/messages').reply(200, anthropicMessage({ json: QC_SPEEDING_DRAFT }));
    expect((await failure(reader.readText({ text: 'y', hints: HINTS }))).reason).toBe('circuit_open');
    expect(unused.isDone()).toBe(false);
  });

  it('does not open on our own mistakes (400 invalid_request_error, 401)', async () => {
    const { breakers, reader } = setup();
    nock(API).post('/v1/messages').times(5).reply(400, anthropicError('invalid_request_error', 'max_tokens: too large'));
    nock(API).post('/v1/messages').reply(401, anthropicError('authentication_error', 'invalid x-api-key'));
    for (let i = 0; i < 5; i++) expect((await failure(reader.readText({ text: 'x', hints: HINTS }))).code).toBe('bad_request');
    expect((await failure(reader.readText({ text: 'x', hints: HINTS }))).code).toBe('auth');
    expect(breakers.anthropic.state()).toBe('closed');
  });

  it('keeps providers apart: a Voyage failure inside a Qdrant call counts for Voyage only', async () => {
    const { breakers } = setup();
    const voyageDown = Object.assign(new Error('Voyage answered 503'), { name: 'VoyageEmbeddingsError', status: 503, retryable: true });
    for (let i = 0; i < 3; i++) {
      await expect(breakers.qdrant.execute(() => breakers.voyage.execute(() => Promise.reject(voyageDown)))).rejects.toBe(voyageDown);
    }
    expect(breakers.voyage.state()).toBe('open');
    expect(breakers.qdrant.state()).toBe('closed');
    let called = false;
    await expect(
      breakers.voyage.execute(async () => {
        called = true;
      }),
    ).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(called).toBe(false);
  });
});
