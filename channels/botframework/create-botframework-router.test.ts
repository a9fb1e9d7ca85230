import express from 'express';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import type { AcceptResult, InboundMessage, InboundPort } from '../../bot/runtime/ports.js';
import { createBotFrameworkAdapter } from './create-botframework-adapter.js';
import { createBotFrameworkRouter } from './create-botframework-router.js';
import { createCapturingLogger } from './create-capturing-logger.js';

const SERVICE_URL = 'http://127.0.0.1:9/'; // never called: nothing is sent during a turn

function emulatorMessage(overrides: Record<string, unknown> = {}) {
  return {
    type: 'message',
    id: 'act-1',
    timestamp: '2025-01-02T03:04:05.000Z',
    channelId: 'emulator',
    serviceUrl: SERVICE_URL,
    from: { id: 'user-1', name: 'Driver' },
    recipient: { id: 'bot-1', name: 'Ticket911' },
    conversation: { id: 'conv-1' },
    locale: 'en-US',
    text: 'I got a ticket on Highway 401',
    attachments: [
      { contentType: 'image/jpeg', contentUrl: 'http://127.0.0.1:9/v3/attachments/att-1/views/original', name: 'ticket.jpg' },
    ],
    ...overrides,
  };
}

function setUp({ appId, accept }: { appId?: string; accept?: InboundPort['accept'] } = {}) {
  const { logger, lines } = createCapturingLogger();
  const received: InboundMessage[] = [];
  const inbound: InboundPort = {
    accept: vi.fn(
      accept ??
        (async (message: InboundMessage): Promise<AcceptResult> => {
          received.push(message);
          return { conversationId: 'c-1', messageId: 'm-1', duplicate: false };
        }),
    ),
  };
  const adapter = createBotFrameworkAdapter({ appId, appPassword: appId ? 'secret' : undefined, logger });
  const app = express();
  app.use(createBotFrameworkRouter({ adapter, inbound, logger }));
  return { app, inbound, received, lines };
}

describe('POST /api/messages', () => {
  it('hands a message Activity over as an InboundMessage, and answers 200', async () => {
    const { app, received } = setUp();
    await request(app).post('/api/messages').send(emulatorMessage()).expect(200);

    expect(received).toHaveLength(1);
    const [message] = received;
    expect(message).toMatchObject({
      channel: 'botframework',
      address: 'conv-1',
      providerId: 'bf:emulator:conv-1:act-1',
      text: 'I got a ticket on Highway 401',
      media: [{ url: 'http://127.0.0.1:9/v3/attachments/att-1/views/original', contentType: 'image/jpeg' }],
      languageHint: 'en-US',
    });
    expect(message.channelData).toMatchObject({
      serviceUrl: SERVICE_URL,
      channelId: 'emulator',
      conversation: { id: 'conv-1' },
      user: { id: 'user-1', name: 'Driver' },
      bot: { id: 'bot-1', name: 'Ticket911' },
    });
    expect(message.receivedAt).toBeInstanceOf(Date);
  });

  it('never logs the message text', async () => {
    const { app, lines } = setUp();
    await request(app).post('/api/messages').send(emulatorMessage()).expect(200);
    expect(lines()).toContain('botframework: message accepted');
    expect(lines()).not.toContain('Highway 401');
  });

  it('acknowledges other activity types without handing them over', async () => {
    const { app, inbound } = setUp();
    await request(app).post('/api/messages').send(emulatorMessage({ type: 'typing', text: undefined })).expect(200);
    await request(app)
      .post('/api/messages')
      .send(emulatorMessage({ type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }] }))
      .expect(200);
    expect(inbound.accept).not.toHaveBeenCalled();
  });

  it('answers 503 when the message could not be stored, so the channel retries', async () => {
    const { app, lines } = setUp({
      accept: async () => {
        throw new Error('database is down for I got a ticket');
      },
    });
    const response = await request(app).post('/api/messages').send(emulatorMessage()).expect(503);
    expect(response.body).toEqual({ error: { code: 'unavailable', message: expect.any(String) } });
    expect(lines()).toContain('botframework: accept failed');
    expect(lines()).not.toContain('I got a ticket');
  });

  it('answers 401 to a request without a token when an app id is configured, and hands nothing over', async () => {
    const { app, inbound } = setUp({ appId: '00000000-0000-0000-0000-000000000001' });
    const errorSpy = vi.spyOn(console, 'error').mockImplementation(() => {}); // CloudAdapter prints auth failures
    const response = await request(app).post('/api/messages').send(emulatorMessage()).expect(401);
    errorSpy.mockRestore();
    expect(response.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    expect(inbound.accept).not.toHaveBeenCalled();
  });

  it('answers 401 to a request with a bearer token that is not a JWT', async () => {
    const { app, inbound } = setUp({ appId: '00000000-0000-0000-0000-000000000001' });
    const errorSpy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await request(app).post('/api/messages').set('Authorization', 'Bearer not-a-jwt').send(emulatorMessage()).expect(401);
    errorSpy.mockRestore();
    expect(inbound.accept).not.toHaveBeenCalled();
  });

  it('answers 400 with a JSON error to malformed JSON', async () => {
    const { app, inbound } = setUp();
    const response = await request(app)
      .post('/api/messages')
      .set('Content-Type', 'application/json')
      .send('{"type": "message", ')
      .expect(400);
    expect(response.body).toEqual({ error: { code: 'bad_request', message: 'The body is not valid JSON' } });
    expect(inbound.accept).not.toHaveBeenCalled();
  });

  it('answers 400 to JSON that is not an Activity', async () => {
    const { app, inbound } = setUp();
    await request(app).post('/api/messages').send([{ type: 'message' }]).expect(400);
    await request(app).post('/api/messages').send({ text: 'no type' }).expect(400);
    await request(app).post('/api/messages').set('Content-Type', 'text/plain').send('hello').expect(400);
    expect(inbound.accept).not.toHaveBeenCalled();
  });

  it('answers 413 to a body over 1 MB', async () => {
    const { app, inbound } = setUp();
    const response = await request(app)
      .post('/api/messages')
      .send(emulatorMessage({ text: 'x'.repeat(1024 * 1024 + 1) }))
      .expect(413);
    expect(response.body.error.code).toBe('payload_too_large');
    expect(inbound.accept).not.toHaveBeenCalled();
  });
});
