import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../bot/config/load-config.js';
import { createLogger } from '../../bot/logging/create-logger.js';
import { type App, createApp } from '../../bot/server/create-app.js';
import { createTicketExtractor } from '../../intake/create-ticket-extractor.js';
import type { OcrResult } from '../../intake/ocr/create-ocr-engine.js';
import { createOcrPool, type OcrPool } from '../../intake/ocr/create-ocr-pool.js';
import { createTestClock } from '../support/create-test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/create-test-database.js';
import { ticketFixture } from '../support/ticket-fixtures.js';
import { openConsentedWebChat } from '../support/web-chat-driver.js';

// What tesseract returns for a Quebec constat (the OCR itself is tested in intake/ocr/).
const CONSTAT_TEXT = `(SQ) CONSTAT D'INFRACTION
Code de procédure pénale (RLRQ, chapitre C-25.1) 100391 204 556 871
Sûreté du Québec
Date Heure Municipalité
10/11/2026 23 h 05 Drummondville
Lieu (rue, intersection, repère)
autoroute 20 Ouest, km 177
A commis l'infraction suivante :
Excès de vitesse — vitesse supérieure à la limite indiquée
Vitesse captée 74 km/h — Limite 50 km/h
Disposition : art. 299 C.S.R.
Loi : Code de la sécurité routière (RLRQ, chapitre C-24.2)
Amende | Frais | Contribution | Total
90,00 $ 37,00 $ 18,00 $ 145,00 $
Cour du Québec`;

/** One OCR worker that reads nothing until the test opens the gate: the pool stays busy as long as the test wants. */
function gatedPool(): { pool: OcrPool; open: () => void; close: () => void; reads: () => number } {
  let open = false;
  let reads = 0;
  const waiting: (() => void)[] = [];
  const pool = createOcrPool({
    workers: 1,
    queueLimit: 3,
    startEngine: async () => ({
      recognise: async () => {
        reads++;
        if (!open) await new Promise<void>((resolve) => waiting.push(resolve));
        return { text: CONSTAT_TEXT, confidence: 0.9, rotation: 0, lines: [] } satisfies OcrResult;
      },
      close: async () => undefined,
    }),
  });
  return {
    pool,
    open: () => {
      open = true;
      for (const resolve of waiting.splice(0)) resolve();
    },
    close: () => {
      open = false;
    },
    reads: () => reads,
  };
}

describe('OCR back-pressure: "your ticket is in line"', () => {
  let app: App;
  let db: TestDatabase;
  let dir: string;
  let gate: ReturnType<typeof gatedPool>;
  let log = '';
  const clock = createTestClock('2026-11-21T15:00:00Z');
  const settle = async () => {
    for (let i = 0; i < 20; i++) {
      await app.worker.idle();
      const sent = await app.outbox.runOnce();
      await app.worker.idle();
      if (sent === 0) return;
    }
  };

  /** The driver's next replies, delivering the outbox meanwhile (a read may hold the worker: no settle()). */
  const nextReplies = async (chat: { newReplies: () => Promise<string[]> }) => {
    for (;;) {
      await app.outbox.runOnce();
      const replies = await chat.newReplies();
      if (replies.length > 0) return replies;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 't911-ocr-line-'));
    db = await createTestDatabase();
    const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, PUBLIC_BASE_URL: 'https://bot.example.test', LOG_LEVEL: 'debug', OCR_NOTICE_AFTER_MS: '4000' });
    const destination = new Writable({
      write(chunk, _encoding, callback) {
        log += chunk.toString();
        callback();
      },
    });
    gate = gatedPool();
    const ticketExtractor = await createTicketExtractor({ claude: null, ocr: gate.pool });
    app = await createApp({ config, logger: createLogger({ level: 'debug', destination }), database: db, now: clock.now, ticketExtractor, ocrPool: gate.pool });
  });
  afterAll(async () => {
    gate?.open();
    await app?.stop();
    await db?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('tells the driver at once, then sends the summary once the photo is read, without any failure', async () => {
    const chat = await openConsentedWebChat({ app: app.express, language: 'en', settle });
    // Two other photos ahead: one being read, one waiting (about 2 × 2.5 s).
    const ahead = [gate.pool.recognise({ image: Buffer.from('a') }), gate.pool.recognise({ image: Buffer.from('b') })];
    await new Promise((resolve) => setImmediate(resolve));
    expect(gate.pool.status()).toMatchObject({ running: 1, waiting: 1, position: 3, estimatedWaitMs: 5_000 });

    await chat.upload(ticketFixture('ticket-qc-speeding-s0-1.jpg').bytes, 'ticket.jpg', 'image/jpeg').expect(202);
    // The notice's turn commits without waiting for a reader; the timer (due at once) then reads
    // in a turn of its own, which waits in the readers' queue: the notice is out before the read ends.
    expect(await nextReplies(chat)).toEqual(["Lots of tickets right now: yours is number 3 in line (about 5 s). I'll write as soon as it's read."]);
    expect(await db.prisma.case.count()).toBe(0);
    await until(() => gate.pool.status().waiting === 2);
    expect(gate.reads()).toBe(1);

    gate.open();
    await Promise.all(ahead);
    await settle();
    const [summary, ...rest] = await chat.newReplies();
    expect(rest).toEqual([]);
    expect(summary).toContain('Is this right?');
    expect(summary).toContain('Quebec');
    const cases = await db.prisma.case.findMany();
    expect(cases).toHaveLength(1);
    expect(cases[0].ticket).toMatchObject({ jurisdiction: 'QC', offenceCategory: 'speeding' });
    expect(Array.isArray(cases[0].media) && cases[0].media.length).toBe(1);
    expect(log).toContain('ticket put in line');
    expect(log).not.toContain('ticket read failed');
    expect(log).not.toContain('"level":50');
  });

  it('keeps the photo in line silently while the queue is full, and reads it once there is room', async () => {
    const chat = await openConsentedWebChat({ app: app.express, language: 'fr', settle });
    gate.close();
    // One photo being read and three waiting: the queue (limit 3) is full.
    const ahead = ['a', 'b', 'c', 'd'].map((name) => gate.pool.recognise({ image: Buffer.from(name) }));
    await new Promise((resolve) => setImmediate(resolve));
    expect(gate.pool.status()).toMatchObject({ running: 1, waiting: 3, position: 5 });
    const casesBefore = await db.prisma.case.count();

    await chat.upload(ticketFixture('ticket-qc-speeding-s0-1.jpg').bytes, 'constat.jpg', 'image/jpeg').expect(202);
    await settle();
    const [notice, ...others] = await chat.newReplies();
    expect(others).toEqual([]);
    expect(notice).toMatch(/^Beaucoup de constats en ce moment\u00a0: le vôtre est le numéro 5 dans la file \(environ \d+ s\)\. Je vous écris dès qu’il est lu\.$/);

    // Still full when the timer comes: back in line, nothing said, another try later.
    clock.advance(5 * 60_000);
    expect(await app.scheduler.runOnce()).toBe(1);
    await settle();
    expect(await chat.newReplies()).toEqual([]);
    expect(await db.prisma.scheduledJob.count({ where: { status: 'pending', event: { path: ['type'], equals: 'TIMER.READ_IN_LINE' } } })).toBe(1);

    gate.open();
    await Promise.all(ahead);
    clock.advance(5 * 60_000);
    expect(await app.scheduler.runOnce()).toBe(1);
    await settle();
    const [summary] = await chat.newReplies();
    expect(summary).toContain('Est-ce exact');
    expect(await db.prisma.case.count()).toBe(casesBefore + 1);
    expect(log).not.toContain('ticket read failed');
  });
});
