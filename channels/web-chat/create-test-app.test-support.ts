import { Writable } from 'node:stream';
import express, { type Express } from 'express';
import { createLogger } from '../../bot/logging/create-logger.js';
import { createWebChatRouter } from './create-web-chat-router.js';
import { createFakeWebChatPort, type FakeWebChatPort } from './fake-web-chat-port.test-support.js';

export interface TestApp {
  app: Express;
  fake: FakeWebChatPort;
  /** Everything logged, one JSON line per entry. */
  logs: string[];
  /** A session with its token, created through the port. */
  createSession(): Promise<{ sessionId: string; token: string }>;
}

export const RECEIVED_AT = new Date('2025-03-01T14:30:00.000Z');

/** An express app with only the web chat router, on the in-memory fake ports. */
export function createTestApp({ maxUploadBytes = 10 * 1024 * 1024, pingIntervalMs }: { maxUploadBytes?: number; pingIntervalMs?: number } = {}): TestApp {
  const fake = createFakeWebChatPort();
  const logs: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      logs.push(String(chunk));
      callback();
    },
  });
  const logger = createLogger({ level: 'debug', destination });
  const app = express();
  app.use(
    createWebChatRouter({ webChat: fake.webChat, inbound: fake.inbound, maxUploadBytes, logger, now: () => RECEIVED_AT, pingIntervalMs }),
  );
  return { app, fake, logs, createSession: () => fake.webChat.createSession({}) };
}
