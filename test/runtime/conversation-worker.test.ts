import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMediaStore } from '../../bot/media/create-media-store.js';
import { acceptInboundMessage } from '../../bot/runtime/accept-inbound-message.js';
import { createConversationWorker } from '../../bot/runtime/create-conversation-worker.js';
import type { FetchedMedia, MediaFetcher } from '../../bot/runtime/ports.js';
import { createTestDatabase, type TestDatabase } from '../support/create-test-database.js';
import { JPEG_BYTES } from '../support/web-chat-driver.js';

describe('conversation worker', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('runs different conversations in parallel: a slow photo download for one driver does not hold up another', async () => {
    let releaseDownload!: (media: FetchedMedia) => void;
    const slowFetcher: MediaFetcher = {
      canFetch: () => true,
      fetch: () => new Promise<FetchedMedia>((resolve) => (releaseDownload = resolve)),
    };
    const worker = createConversationWorker({
      prisma: db.prisma,
      logger: pino({ level: 'silent' }),
      mediaStore: createMediaStore({ directory: await mkdtemp(path.join(os.tmpdir(), 't911-media-')) }),
      mediaFetchers: [slowFetcher],
      publicBaseUrl: 'https://bot.example.test',
      now: () => new Date(),
      onRepliesQueued: () => {},
    });
    const accept = (address: string, text: string | undefined, media: { url: string; contentType: string }[] = []) =>
      acceptInboundMessage({ prisma: db.prisma, numbers: {}, message: { channel: 'sms', address, text, media, recipient: '+15145550100', receivedAt: new Date() } });

    const slow = await accept('+15145550001', undefined, [{ url: 'https://api.twilio.com/media/slow', contentType: 'image/jpeg' }]);
    worker.enqueue(slow.conversationId);
    const quick = await accept('+15145550002', 'Bonjour');
    worker.enqueue(quick.conversationId);

    // The second driver is answered while the first one's photo is still downloading.
    for (let i = 0; i < 100 && (await db.prisma.message.count({ where: { conversationId: quick.conversationId, direction: 'out' } })) === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await db.prisma.message.count({ where: { conversationId: quick.conversationId, direction: 'out' } })).toBe(1);
    expect((await db.prisma.message.findUniqueOrThrow({ where: { id: slow.messageId } })).status).toBe('received');

    releaseDownload({ data: JPEG_BYTES, contentType: 'image/jpeg' });
    await worker.idle();
    expect((await db.prisma.message.findUniqueOrThrow({ where: { id: slow.messageId } })).status).toBe('processed');
    await worker.stop();
  });

  it('runs one turn at a time while webhooks pour in, and catches up in parallel when they stop', async () => {
    let releaseDownload!: (media: FetchedMedia) => void;
    const slowFetcher: MediaFetcher = {
      canFetch: () => true,
      fetch: () => new Promise<FetchedMedia>((resolve) => (releaseDownload = resolve)),
    };
    let burst = true;
    const worker = createConversationWorker({
      prisma: db.prisma,
      logger: pino({ level: 'silent' }),
      mediaStore: createMediaStore({ directory: await mkdtemp(path.join(os.tmpdir(), 't911-media-')) }),
      mediaFetchers: [slowFetcher],
      publicBaseUrl: 'https://bot.example.test',
      now: () => new Date(),
      onRepliesQueued: () => {},
      yieldToIngest: () => burst,
    });
    const accept = (address: string, text: string | undefined, media: { url: string; contentType: string }[] = []) =>
      acceptInboundMessage({ prisma: db.prisma, numbers: {}, message: { channel: 'sms', address, text, media, recipient: '+15145550100', receivedAt: new Date() } });
    const answered = (conversationId: string) => db.prisma.message.count({ where: { conversationId, direction: 'out' } });

    const slow = await accept('+15145550011', undefined, [{ url: 'https://api.twilio.com/media/slow', contentType: 'image/jpeg' }]);
    worker.enqueue(slow.conversationId);
    for (let i = 0; i < 100 && !releaseDownload; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    const quick = await accept('+15145550012', 'Bonjour');
    worker.enqueue(quick.conversationId);

    // During the burst the one slot is the slow turn's: the second driver waits (stored, acknowledged).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await answered(quick.conversationId)).toBe(0);
    // The burst ends: the waiting turn starts without waiting for the slow one.
    burst = false;
    for (let i = 0; i < 100 && (await answered(quick.conversationId)) === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await answered(quick.conversationId)).toBe(1);
    expect((await db.prisma.message.findUniqueOrThrow({ where: { id: slow.messageId } })).status).toBe('received');

    releaseDownload({ data: JPEG_BYTES, contentType: 'image/jpeg' });
    await worker.idle();
    await worker.stop();
  });

  it('sweeps up a message acknowledged but never handed to a worker (its process died), once it is old enough', async () => {
    const worker = createConversationWorker({
      prisma: db.prisma,
      logger: pino({ level: 'silent' }),
      mediaStore: createMediaStore({ directory: await mkdtemp(path.join(os.tmpdir(), 't911-media-')) }),
      mediaFetchers: [],
      publicBaseUrl: 'https://bot.example.test',
      now: () => new Date(),
      onRepliesQueued: () => {},
    });
    const accept = (address: string, receivedAt: Date) =>
      acceptInboundMessage({ prisma: db.prisma, numbers: {}, message: { channel: 'sms', address, text: 'Bonjour', media: [], recipient: '+15145550100', receivedAt } });
    // Stored by "another process" that died before enqueueing: nobody told this worker.
    const orphan = await accept('+15145550021', new Date(Date.now() - 60_000));
    const fresh = await accept('+15145550022', new Date());

    expect(await worker.sweep({ olderThanMs: 30_000 })).toBe(1);
    await worker.idle();
    expect((await db.prisma.message.findUniqueOrThrow({ where: { id: orphan.messageId } })).status).toBe('processed');
    // A message stored seconds ago is its own process's to run.
    expect((await db.prisma.message.findUniqueOrThrow({ where: { id: fresh.messageId } })).status).toBe('received');
    await worker.stop();
  });

  it('retries a failing turn, then sets the message aside and tells the driver a person will follow up', async () => {
    // The turn's commit fails three times (the database refuses the write); the fourth transaction is the set-aside.
    let commits = 0;
    const flakyPrisma = new Proxy(db.prisma, {
      get(target, property, receiver) {
        if (property === '$transaction') {
          return (...args: Parameters<typeof target.$transaction>) => {
            commits += 1;
            if (commits <= 3) return Promise.reject(new Error('write refused'));
            return (target.$transaction as (...a: unknown[]) => unknown)(...args);
          };
        }
        return Reflect.get(target, property, receiver);
      },
    });
    const worker = createConversationWorker({
      prisma: flakyPrisma,
      logger: pino({ level: 'silent' }),
      mediaStore: createMediaStore({ directory: await mkdtemp(path.join(os.tmpdir(), 't911-media-')) }),
      mediaFetchers: [],
      publicBaseUrl: 'https://bot.example.test',
      now: () => new Date(),
      onRepliesQueued: () => {},
      retryDelayMs: () => 5,
    });
    const accepted = await acceptInboundMessage({ prisma: db.prisma, numbers: {}, message: { channel: 'sms', address: '+15145550003', text: 'Bonjour', media: [], receivedAt: new Date() } });
    worker.enqueue(accepted.conversationId);
    for (let i = 0; i < 200 && (await db.prisma.message.findUniqueOrThrow({ where: { id: accepted.messageId } })).status === 'received'; i++) {
      await worker.idle();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(commits).toBe(4);
    expect((await db.prisma.message.findUniqueOrThrow({ where: { id: accepted.messageId } })).status).toBe('failed');
    const reply = await db.prisma.message.findFirstOrThrow({ where: { conversationId: accepted.conversationId, direction: 'out' } });
    expect(reply.body).toContain('Une personne de notre équipe a été avisée');
    expect(await db.prisma.auditLog.count({ where: { conversationId: accepted.conversationId, action: 'turn.failed' } })).toBe(1);
    await worker.stop();
  });
});
