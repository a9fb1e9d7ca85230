import type { PrismaClient } from '../../prisma/generated/client.js';
import type { Logger } from '../logging/create-logger.js';
import { type PollingLoop, startPollingLoop } from './start-polling-loop.js';
import { listDueConversations } from '../db/list-due-conversations.js';

export interface ScheduledJobPollerOptions {
  prisma: PrismaClient;
  logger: Logger;
  now: () => Date;
  /** Hands a conversation with due jobs to the worker, which runs them as turns. */
  enqueue: (conversationId: string) => void;
  pollIntervalMs?: number;
}

export interface ScheduledJobPoller {
  runOnce(): Promise<number>;
  start(): void;
  stop(): void;
}

/**
 * The durable timer. XState `after` delays do not survive a restore
 * (statelyai/xstate#5331), so timed events are rows in ScheduledJob,
 * found here when due and delivered as events through the conversation
 * worker — exactly once, because the turn's commit marks the job done only
 * if it was still pending. Works the same on PGlite and PostgreSQL.
 */
export function createScheduledJobPoller({ prisma, logger, now, enqueue, pollIntervalMs = 1_000 }: ScheduledJobPollerOptions): ScheduledJobPoller {
  let loop: PollingLoop | undefined;
  async function runOnce(): Promise<number> {
    const due = await listDueConversations({ prisma, now: now(), limit: 500 });
    for (const conversationId of due) enqueue(conversationId);
    return due.length;
  }
  return {
    runOnce,
    start() {
      loop = startPollingLoop({ run: runOnce, intervalMs: pollIntervalMs, onError: (error) => logger.error({ err: error }, 'scheduler poll failed') });
    },
    stop() {
      loop?.stop();
    },
  };
}
