import http, { type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from './create-test-app.test-support.js';

interface StreamReader {
  status: number;
  headers: IncomingHttpHeaders;
  /** Waits until `done(received)` is true; returns everything received so far. */
  readUntil(done: (received: string) => boolean): Promise<string>;
  close(): void;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => {
      // Open event streams would keep close() waiting.
      server.closeAllConnections();
      server.close(resolve);
    })));
});

/** supertest waits for the end of the body; an event stream never ends, so read it with node:http. */
async function openStream(app: Express, path: string, headers: Record<string, string> = {}): Promise<StreamReader> {
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, headers }, resolve).on('error', reject);
  });
  let received = '';
  const waiters = new Set<() => void>();
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    received += chunk;
    waiters.forEach((wake) => wake());
  });
  return {
    status: response.statusCode ?? 0,
    headers: response.headers,
    readUntil: (done) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out; received: ${received}`)), 5000);
        const check = () => {
          if (!done(received)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(received);
        };
        waiters.add(check);
        check();
      }),
    close: () => response.destroy(),
  };
}

function parseEvents(raw: string) {
  return raw
    .split('\n\n')
    .filter((block) => block.includes('event: message'))
    .map((block) => {
      const id = /^id: (.*)$/m.exec(block)?.[1];
      const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null');
      return { id, data };
    });
}

describe('GET /chat/sessions/:id/events', () => {
  it('streams a message published after connect, then unsubscribes on close', async () => {
    const { app, fake, createSession } = createTestApp();
    const { sessionId, token } = await createSession();
    const stream = await openStream(app, `/chat/sessions/${sessionId}/events?token=${token}`);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(stream.headers['cache-control']).toContain('no-cache');
    expect(stream.headers['x-accel-buffering']).toBe('no');
    await stream.readUntil((r) => r.includes('retry:'));
    expect(fake.listenerCount(sessionId)).toBe(1);

    const reply = fake.publish(sessionId, 'Merci, votre photo est bien reçue.');
    const raw = await stream.readUntil((r) => r.includes('event: message'));
    expect(raw).toContain(`id: ${reply.cursor}\nevent: message\ndata: ${JSON.stringify(reply)}\n\n`);

    stream.close();
    await expect.poll(() => fake.listenerCount(sessionId)).toBe(0);
  });

  it('catches up on what came after Last-Event-ID, before live messages, without duplicates', async () => {
    const { app, fake, createSession } = createTestApp();
    const { sessionId, token } = await createSession();
    const seen = fake.publish(sessionId, 'one');
    const missed1 = fake.publish(sessionId, 'two');
    const missed2 = fake.publish(sessionId, 'three');
    // The URL's `after` is older: the browser's Last-Event-ID wins.
    const stream = await openStream(app, `/chat/sessions/${sessionId}/events?token=${token}&after=c000000`, { 'Last-Event-ID': seen.cursor });
    await stream.readUntil((r) => parseEvents(r).length >= 2);
    const live = fake.publish(sessionId, 'four');
    const raw = await stream.readUntil((r) => parseEvents(r).length >= 3);
    expect(parseEvents(raw).map((e) => e.id)).toEqual([missed1.cursor, missed2.cursor, live.cursor]);
    stream.close();
  });

  it('sends a message stored during the catch-up exactly once', async () => {
    const { app, fake, createSession } = createTestApp();
    const { sessionId, token } = await createSession();
    const listMessages = fake.webChat.listMessages.bind(fake.webChat);
    let racing: ReturnType<typeof fake.publish> | undefined;
    // The bot replies while the catch-up is being read: the reply is both listed and pushed live.
    fake.webChat.listMessages = async (id, options) => {
      racing ??= fake.publish(sessionId, 'reply during catch-up');
      return listMessages(id, options);
    };
    const stream = await openStream(app, `/chat/sessions/${sessionId}/events?token=${token}`);
    const later = fake.publish(sessionId, 'after');
    const raw = await stream.readUntil((r) => r.includes(later.cursor));
    expect(parseEvents(raw).map((e) => e.id)).toEqual([racing!.cursor, later.cursor]);
    stream.close();
  });

  it('catches up after the `after` query when there is no Last-Event-ID', async () => {
    const { app, fake, createSession } = createTestApp();
    const { sessionId, token } = await createSession();
    const seen = fake.publish(sessionId, 'one');
    const missed = fake.publish(sessionId, 'two');
    const stream = await openStream(app, `/chat/sessions/${sessionId}/events?token=${token}&after=${seen.cursor}`);
    const raw = await stream.readUntil((r) => parseEvents(r).length >= 1);
    expect(parseEvents(raw)).toEqual([{ id: missed.cursor, data: missed }]);
    stream.close();
  });

  it('sends a ping comment to keep the connection open', async () => {
    const { app, createSession } = createTestApp({ pingIntervalMs: 20 });
    const { sessionId, token } = await createSession();
    const stream = await openStream(app, `/chat/sessions/${sessionId}/events?token=${token}`);
    await stream.readUntil((r) => r.includes(': ping\n\n'));
    stream.close();
  });

  it('answers 401 with a wrong token and 404 for an unknown session', async () => {
    const { app, createSession } = createTestApp();
    const { sessionId, token } = await createSession();
    const wrong = await openStream(app, `/chat/sessions/${sessionId}/events?token=nope`);
    expect(wrong.status).toBe(401);
    const unknown = await openStream(app, `/chat/sessions/ses_missing/events?token=${token}`);
    expect(unknown.status).toBe(404);
  });
});
