import net from 'node:net';
import nock from 'nock';
import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { anthropicError } from '../../intake/claude/test-support/anthropic-message.js';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { openConsentedWebChat } from '../support/web-chat-driver.js';

const TICKET = 'excès de vitesse 62 dans un 50 sur Sherbrooke à Montréal le 10 novembre, 143 $';
/** The offline line the driver reads when a fallback answered (i18n), and the lawyer's card flags. */
const FALLBACK_LINE = "Notre analyse habituelle n'était pas disponible";

/** A loopback port nobody listens on: Qdrant "down", connection refused. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function ticketToAnalysis(t: TestApp) {
  const chat = await openConsentedWebChat({ app: t.app.express, language: 'fr', settle: () => t.settle() });
  await chat.say(TICKET).expect(202);
  await t.settle();
  const summary = await chat.newReplies();
  await chat.say('oui').expect(202);
  await t.settle();
  const analysis = await chat.newReplies();
  const stored = await t.db.prisma.case.findFirstOrThrow({ where: { conversation: { address: chat.sessionId } }, include: { analyses: true } });
  return { summary, analysis, stored };
}

async function breakerGauge(t: TestApp, provider: string): Promise<string | undefined> {
  const res = await request(t.app.express).get('/metrics').expect(200);
  return new RegExp(`^ticket911_breaker_state\\{provider="${provider}"\\} (\\S+)$`, 'm').exec(res.text)?.[1];
}

let t: TestApp | undefined;
afterEach(async () => {
  nock.cleanAll();
  await t?.close();
  t = undefined;
});

describe('providers down: the driver still gets an answer, marked for review', () => {
  it('Anthropic answering 529: summary and offline analysis (needsReview); once the breaker is open the next ticket makes no Anthropic call', async () => {
    t = await createTestApp({
      clock: createTestClock('2026-11-21T15:00:00Z'),
      env: { ANTHROPIC_API_KEY: 'sk-ant-test-0000', ANTHROPIC_MAX_RETRIES: '0', BREAKER_FAILURES: '2', BREAKER_HALF_OPEN_MS: '600000' },
    });
    let calls = 0;
    nock('https://api.anthropic.com')
      .post('/v1/messages')
      .reply(() => {
        calls += 1;
        return [529, anthropicError('overloaded_error', 'Overloaded')];
      })
      .persist();

    const first = await ticketToAnalysis(t);
    expect(first.summary.join('\n')).toContain('62');
    expect(first.analysis.join('\n')).toContain('/100');
    expect(first.analysis.join('\n')).toContain(FALLBACK_LINE);
    expect(first.stored.analyses[0]).toMatchObject({ engine: 'offline', needsReview: true, fallbackReason: 'claude: model_unavailable' });
    // The reading and the analysis: two 529s in a row opened the breaker.
    expect(calls).toBe(2);
    expect(t.app.breakers.anthropic.state()).toBe('open');
    expect(await breakerGauge(t, 'anthropic')).toBe('1');

    const second = await ticketToAnalysis(t);
    expect(calls).toBe(2);
    expect(second.summary.join('\n')).toContain('62');
    expect(second.analysis.join('\n')).toContain(FALLBACK_LINE);
    expect(second.stored.analyses[0]).toMatchObject({ engine: 'offline', needsReview: true });
    expect(second.stored.status).toBe('analysed');
  });

  it('Qdrant refusing connections: full-text search and the offline rules answer, marked for review; the breaker opens', async () => {
    t = await createTestApp({
      clock: createTestClock('2026-11-21T15:00:00Z'),
      env: { KNOWLEDGE_BACKEND: 'qdrant', QDRANT_URL: `http://127.0.0.1:${await closedPort()}`, BREAKER_FAILURES: '2', BREAKER_HALF_OPEN_MS: '600000' },
    });
    const { analysis, stored } = await ticketToAnalysis(t);
    expect(analysis.join('\n')).toContain('/100');
    expect(analysis.join('\n')).toContain(FALLBACK_LINE);
    expect(stored.analyses[0]).toMatchObject({ status: 'scored', engine: 'offline', needsReview: true, fallbackReason: 'retrieval: backup full-text search' });
    expect(stored.analyses[0]!.retrievedChunkIds.some((id) => id.startsWith('qc-'))).toBe(true);
    expect(t.app.breakers.qdrant.state()).toBe('open');
    expect(await breakerGauge(t, 'qdrant')).toBe('1');
  });

  it('Voyage answering 503: the search fails over, the analysis is marked for review, and once open no more Voyage calls', async () => {
    t = await createTestApp({
      clock: createTestClock('2026-11-21T15:00:00Z'),
      env: {
        KNOWLEDGE_BACKEND: 'qdrant',
        QDRANT_URL: `http://127.0.0.1:${await closedPort()}`,
        VOYAGE_API_KEY: 'pa-test-0000',
        VOYAGE_BASE_URL: 'https://api.voyageai.test',
        BREAKER_FAILURES: '2',
        BREAKER_HALF_OPEN_MS: '600000',
      },
    });
    let calls = 0;
    // Retry-After 0: Voyage's client retries at once (4 times) instead of waiting seconds in a test.
    nock('https://api.voyageai.test')
      .post('/v1/embeddings')
      .reply(() => {
        calls += 1;
        return [503, { detail: 'Service unavailable' }, { 'retry-after': '0' }];
      })
      .persist();
    const first = await ticketToAnalysis(t);
    expect(first.analysis.join('\n')).toContain(FALLBACK_LINE);
    expect(first.stored.analyses[0]).toMatchObject({ engine: 'offline', needsReview: true, fallbackReason: 'retrieval: backup full-text search' });
    expect(t.app.breakers.voyage.state()).toBe('open');
    const afterOpen = calls;
    expect(afterOpen).toBeGreaterThan(0);

    const second = await ticketToAnalysis(t);
    expect(second.stored.analyses[0]).toMatchObject({ engine: 'offline', needsReview: true });
    expect(calls).toBe(afterOpen);
  });
});
