import http, { type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { openWebChat } from '../support/web-chat-driver.js';

describe('web chat live updates (real app, Server-Sent Events)', () => {
  let t: TestApp;
  let server: Server;
  beforeAll(async () => {
    t = await createTestApp();
    server = await new Promise<Server>((resolve) => {
      const listening = t.app.express.listen(0, '127.0.0.1', () => resolve(listening));
    });
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  it('pushes the driver’s message and the bot’s reply to an open stream, each once', async () => {
    const chat = await openWebChat(t.app.express, 'en');
    const { port } = server.address() as AddressInfo;
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, path: `/chat/sessions/${chat.sessionId}/events?token=${chat.token}` }, resolve).on('error', reject);
    });
    expect(response.statusCode).toBe(200);
    let received = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (received += chunk));
    // Give the stream its catch-up before the message arrives.
    await new Promise((resolve) => setTimeout(resolve, 50));

    await chat.say('Hello there').expect(202);
    await t.settle();
    for (let i = 0; i < 100 && (received.match(/^event: message$/gm) ?? []).length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    response.destroy();

    const events = received
      .split('\n\n')
      .map((block) => block.split('\n').find((line) => line.startsWith('data: ')))
      .filter((line): line is string => Boolean(line))
      .map((line) => JSON.parse(line.slice(6)) as { direction: string; text: string });
    expect(events.map((e) => e.direction)).toEqual(['in', 'out']);
    expect(events[0].text).toBe('Hello there');
    expect(events[1].text).toContain('Do you agree? Reply YES or NO');
  });
});
