import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { type AppConfig, loadConfig } from '../../bot/config/load-config.js';
import { createLogger } from '../../bot/logging/create-logger.js';
import { type App, createApp } from '../../bot/server/create-app.js';
import { createTestDatabase, type TestDatabase } from './create-test-database.js';

export interface TestClock {
  now: () => Date;
  set(date: Date | string): void;
  advance(ms: number): void;
}

export function createTestClock(start: Date | string = '2026-11-21T15:00:00Z'): TestClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (date) => {
      current = new Date(date).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

export interface TestApp {
  app: App;
  db: TestDatabase;
  config: AppConfig;
  clock: TestClock;
  /** Every log line written, as parsed JSON objects, and raw. */
  logLines: () => Record<string, unknown>[];
  rawLog: () => string;
  /** Lets the worker finish, then delivers the outbox once. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Tests talk from one address on a clock that does not move unless told to:
 * any budget would trip a long journey. Rate-limit tests set the ones they measure.
 */
const RATE_LIMITS_OFF = {
  RATE_LIMIT_WEBHOOK_PER_MINUTE: '0',
  RATE_LIMIT_CHAT_PER_MINUTE: '0',
  RATE_LIMIT_PAGES_PER_MINUTE: '0',
  RATE_LIMIT_API_PER_MINUTE: '0',
  RATE_LIMIT_SENDER_PER_MINUTE: '0',
  RATE_LIMIT_API_AUTH_FAILURES_PER_HOUR: '0',
};

/** One tesseract worker per test app (test files run side by side): the pool's own tests size theirs. */
const TEST_OCR_WORKERS = { OCR_WORKERS: '1' };

export interface CreateTestAppOptions {
  env?: Record<string, string>;
  /** Reuse a database (restart scenarios). */
  db?: TestDatabase;
  dataDir?: string;
  clock?: TestClock;
}

/**
 * The real app (createApp) on a fresh test database, with its background
 * loops NOT started: tests drive the worker, outbox and scheduler themselves
 * through settle(), so timing never decides a test.
 */
export async function createTestApp({ env = {}, db, dataDir, clock = createTestClock() }: CreateTestAppOptions = {}): Promise<TestApp> {
  const dir = dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 't911-app-')));
  const database = db ?? (await createTestDatabase());
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, PUBLIC_BASE_URL: 'https://bot.example.test', LOG_LEVEL: 'debug', ...RATE_LIMITS_OFF, ...TEST_OCR_WORKERS, ...env });
  let raw = '';
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      raw += chunk.toString();
      callback();
    },
  });
  const logger = createLogger({ level: 'debug', destination });
  const app = await createApp({ config, logger, database, now: clock.now });
  const settle = async () => {
    for (let i = 0; i < 20; i++) {
      await app.worker.idle();
      const sent = await app.outbox.runOnce();
      await app.worker.idle();
      if (sent === 0) return;
    }
  };
  return {
    app,
    db: database,
    config,
    clock,
    rawLog: () => raw,
    logLines: () => raw.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
    settle,
    close: async () => {
      await app.stop();
      if (!db) await database.close();
      if (!dataDir) await rm(dir, { recursive: true, force: true });
    },
  };
}
