import { webApi } from '@slack/bolt';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SendError } from '../../bot/runtime/ports.js';
import { createCapturingLogger } from '../botframework/create-capturing-logger.js';
import { createBoltLogger } from './create-bolt-logger.js';
import { createSlackPoster } from './create-slack-poster.js';
import { makeReviewCard } from './make-review-card.test-support.js';

type Body = Record<string, unknown>;

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

function setup() {
  const { logger } = createCapturingLogger();
  const client = new webApi.WebClient('xoxb-test', { logger: createBoltLogger({ logger }), retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
  return createSlackPoster({ client, channels: { on: 'CON', qc: 'CQC' } });
}

async function sendErrorOf(promise: Promise<unknown>): Promise<SendError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SendError);
  return error as SendError;
}

describe('createSlackPoster', () => {
  it("posts the card in its market's channel without unfurling, and returns where it went", async () => {
    let sent: Body = {};
    nock('https://slack.com')
      .post('/api/chat.postMessage', (body: Body) => ((sent = body), true))
      .reply(200, { ok: true, channel: 'CON', ts: '1763478000.000100' });
    expect(await setup().postCard(makeReviewCard({ slack: null }))).toEqual({ channel: 'CON', ts: '1763478000.000100' });
    expect(sent).toMatchObject({ channel: 'CON', unfurl_links: 'false' });
    expect(String(sent.text)).toContain('T911-000042');
    expect(JSON.parse(String(sent.attachments))[0].color).toBeDefined();
  });

  it('replies in the thread and updates the posted card', async () => {
    let reply: Body = {};
    let update: Body = {};
    nock('https://slack.com')
      .post('/api/chat.postMessage', (body: Body) => ((reply = body), true))
      .reply(200, { ok: true, channel: 'CON', ts: '2.2' })
      .post('/api/chat.update', (body: Body) => ((update = body), true))
      .reply(200, { ok: true });
    const poster = setup();
    expect(await poster.postThreadReply({ channel: 'CON', threadTs: '1.1', text: 'The client answered: yes' })).toEqual({ ts: '2.2' });
    expect(reply).toMatchObject({ channel: 'CON', thread_ts: '1.1', text: 'The client answered: yes' });
    await poster.updateCard(makeReviewCard());
    expect(update).toMatchObject({ channel: 'CON', ts: '1763478000.000100' });
  });

  it('does nothing to update a card never posted', async () => {
    await expect(setup().updateCard(makeReviewCard({ slack: null }))).resolves.toBeUndefined();
  });

  it('fails for good when the market has no channel', async () => {
    const error = await sendErrorOf(setup().postCard(makeReviewCard({ market: 'ny', slack: null })));
    expect(error.options).toEqual({ retryable: false, code: 'no_channel' });
  });

  it.each(['channel_not_found', 'not_in_channel', 'invalid_auth'])('does not retry a platform error %s', async (code) => {
    nock('https://slack.com').post('/api/chat.postMessage').reply(200, { ok: false, error: code });
    const error = await sendErrorOf(setup().postCard(makeReviewCard()));
    expect(error.options).toEqual({ retryable: false, code });
  });

  it('retries a rate limit after the Retry-After Slack gave', async () => {
    nock('https://slack.com').post('/api/chat.update').reply(429, { ok: false, error: 'ratelimited' }, { 'Retry-After': '30' });
    const error = await sendErrorOf(setup().updateCard(makeReviewCard()));
    expect(error.options).toEqual({ retryable: true, code: 'rate_limited', retryAfterMs: 30_000 });
  });

  it('retries a 5xx and an unreachable Slack', async () => {
    nock('https://slack.com').post('/api/chat.postMessage').reply(503, 'Service Unavailable');
    expect((await sendErrorOf(setup().postCard(makeReviewCard()))).options).toEqual({ retryable: true, code: 'http_503' });
    nock('https://slack.com').post('/api/chat.postMessage').replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
    expect((await sendErrorOf(setup().postCard(makeReviewCard()))).options).toMatchObject({ retryable: true });
  });
});
