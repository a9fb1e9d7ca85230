import http from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SendError, type OutboundMessage } from '../../bot/runtime/ports.js';
import { createBotFrameworkAdapter } from './create-botframework-adapter.js';
import { createBotFrameworkSender } from './create-botframework-sender.js';
import { createCapturingLogger } from './create-capturing-logger.js';

/** A fake Bot Connector service: records what the connector client posts. */
interface Recorded {
  method: string;
  url: string;
  authorization?: string;
  body: unknown;
}
let recorded: Recorded[] = [];
let answer: { status: number; headers?: Record<string, string>; body: unknown } = { status: 200, body: { id: 'activity-1' } };
let serviceUrl = '';
const server = http.createServer((req, res) => {
  let raw = '';
  req.on('data', (chunk) => (raw += chunk));
  req.on('end', () => {
    recorded.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body: raw ? JSON.parse(raw) : undefined });
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body));
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  recorded = [];
  answer = { status: 200, body: { id: 'activity-1' } };
});

function outbound(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  return {
    messageId: 'msg-1',
    channel: 'botframework',
    address: 'conv-1',
    text: 'Bonjour! Envoyez une photo de votre constat.',
    // What convertActivityToMessage stored, after a round trip through the database (JSON).
    channelData: JSON.parse(
      JSON.stringify({
        activityId: 'act-1',
        user: { id: 'user-1', name: 'Driver' },
        bot: { id: 'bot-1', name: 'Ticket911' },
        conversation: { id: 'conv-1' },
        channelId: 'emulator',
        locale: 'fr-CA',
        serviceUrl,
      }),
    ),
    ...overrides,
  };
}

function setUp() {
  const { logger, lines } = createCapturingLogger();
  const adapter = createBotFrameworkAdapter({ logger });
  return { sender: createBotFrameworkSender({ adapter, logger }), lines };
}

async function sendError(promise: Promise<unknown>): Promise<SendError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SendError);
  return error as SendError;
}

describe('createBotFrameworkSender', () => {
  it('posts the text to the conversation as a message from the bot to the user', async () => {
    const { sender } = setUp();
    expect(sender.channel).toBe('botframework');

    await expect(sender.send(outbound())).resolves.toEqual({ providerId: 'activity-1' });

    expect(recorded).toHaveLength(1);
    expect(recorded[0].method).toBe('POST');
    expect(recorded[0].url).toBe('/v3/conversations/conv-1/activities');
    expect(recorded[0].authorization).toBeUndefined(); // unauthenticated (emulator) mode
    expect(recorded[0].body).toEqual({
      type: 'message',
      serviceUrl,
      channelId: 'emulator',
      from: { id: 'bot-1', name: 'Ticket911' },
      recipient: { id: 'user-1', name: 'Driver' },
      conversation: { id: 'conv-1' },
      locale: 'fr-CA',
      text: 'Bonjour! Envoyez une photo de votre constat.',
      inputHint: 'acceptingInput',
    });
  });

  it('encodes the conversation id in the path (Teams ids contain ":" and ";")', async () => {
    const { sender } = setUp();
    const message = outbound();
    message.channelData = { ...message.channelData, conversation: { id: '19:abc@thread.tacv2;messageid=1' } };
    await sender.send(message);
    expect(recorded[0].url).toBe('/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1/activities');
  });

  it('signs the call with the bot token when an app id is configured', async () => {
    const appId = '00000000-0000-0000-0000-0000000000aa';
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    const login = nock('https://login.microsoftonline.com')
      .post('/botframework.com/oauth2/v2.0/token')
      .query(true)
      .reply(200, { token_type: 'Bearer', expires_in: 3600, access_token: 'bot-token' });
    try {
      const { logger } = createCapturingLogger();
      const adapter = createBotFrameworkAdapter({ appId, appPassword: 'secret', logger });
      const sender = createBotFrameworkSender({ adapter, appId, logger });
      await expect(sender.send(outbound())).resolves.toEqual({ providerId: 'activity-1' });
      login.done();
      expect(recorded[0].authorization).toBe('Bearer bot-token');
    } finally {
      nock.cleanAll();
      nock.enableNetConnect();
    }
  });

  it('throws a retryable SendError on a 500, after a single attempt (the outbox owns retries)', async () => {
    const { sender, lines } = setUp();
    answer = { status: 500, body: { error: { code: 'ServiceError', message: 'quoting Bonjour' } } };
    const error = await sendError(sender.send(outbound()));
    expect(error.options).toMatchObject({ retryable: true, code: 'http_500' });
    expect(recorded).toHaveLength(1);
    expect(error.message).not.toContain('Bonjour');
    expect(lines()).toContain('botframework: send failed');
    expect(lines()).not.toContain('Bonjour');
  });

  it('throws a retryable SendError with retryAfterMs on a 429 with Retry-After', async () => {
    const { sender } = setUp();
    answer = { status: 429, headers: { 'Retry-After': '7' }, body: { error: { code: 'Throttled' } } };
    const error = await sendError(sender.send(outbound()));
    expect(error.options).toEqual({ retryable: true, code: 'http_429', retryAfterMs: 7000 });
    expect(recorded).toHaveLength(1);
  });

  it('throws a non-retryable SendError on a 403 (bot removed from the conversation)', async () => {
    const { sender } = setUp();
    answer = { status: 403, body: { error: { code: 'BotNotInConversationRoster' } } };
    const error = await sendError(sender.send(outbound()));
    expect(error.options).toMatchObject({ retryable: false, code: 'http_403' });
  });

  it('throws a retryable SendError when the connector cannot be reached', async () => {
    const { sender } = setUp();
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const message = outbound();
    message.channelData = { ...message.channelData, serviceUrl: `http://127.0.0.1:${port}` };
    const error = await sendError(sender.send(message));
    expect(error.options).toMatchObject({ retryable: true, code: 'ECONNREFUSED' });
  });

  it('throws a non-retryable SendError when the conversation has no usable reference', async () => {
    const { sender } = setUp();
    for (const channelData of [undefined, {}, { ...outbound().channelData, serviceUrl: 'file:///etc/passwd' }]) {
      const error = await sendError(sender.send(outbound({ channelData })));
      expect(error.options).toMatchObject({ retryable: false, code: 'no_reference' });
    }
    expect(recorded).toHaveLength(0);
  });
});
