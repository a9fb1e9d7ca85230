import type { DocumentStore } from '../../signing/storage/document-store.js';
import type { ConversationEvent } from '../../flows/conversation/conversation-events.js';
import type { ChannelName } from '../../flows/conversation/conversation-machine.js';
import { interpretInbound } from '../../flows/conversation/interpret-inbound.js';
import { isMarket } from '../../flows/markets.js';
import { translate } from '../../i18n/translate.js';
import type { Conversation, PrismaClient } from '../../prisma/generated/client.js';
import type { Logger } from '../logging/create-logger.js';
import type { MediaStore } from '../media/create-media-store.js';
import type { Metrics } from '../observability/create-metrics.js';
import { commitConversationTurn, TurnConflictError, type TurnInput } from './commit-conversation-turn.js';
import { conversationLanguage } from './conversation-language.js';
import type { MediaFetcher, MediaRef } from './ports.js';
import { queueOutboundMessage } from './queue-outbound-message.js';
import { resolveInboundMedia } from './resolve-inbound-media.js';
import { screenScheduledJob } from '../reminders/screen-scheduled-job.js';
import { throttleInboundBurst } from './throttle-inbound-burst.js';
import { type ConversationActors, runConversationTurn } from './run-conversation-turn.js';

export interface ConversationWorkerOptions {
  prisma: PrismaClient;
  logger: Logger;
  metrics?: Metrics;
  mediaStore: MediaStore;
  /** Where mandate PDFs are kept: erasure deletes them after the turn commits. */
  documents?: Pick<DocumentStore, 'remove'>;
  mediaFetchers: MediaFetcher[];
  publicBaseUrl: string;
  now: () => Date;
  /** After a commit that queued replies: wake the outbox. */
  onRepliesQueued: () => void;
  /** After a commit that queued an email or a Slack post (a notice, a review card, an answer, an erasure). */
  onOutboxesQueued?: (queued: { emails: boolean; slackPosts: boolean }) => void;
  maxConcurrentConversations?: number;
  /** Failed turns are retried this many times before the input is set aside as failed. */
  maxTurnAttempts?: number;
  retryDelayMs?: (attempt: number) => number;
  /** True while inbound messages arrive faster than turns should compete with: run one turn at a time. */
  yieldToIngest?: () => boolean;
  /** The machine's actors (ticket reading); without them a turn that reads a ticket fails. */
  actors?: ConversationActors;
  /** Messages of one conversation run per minute (RATE_LIMIT_SENDER_PER_MINUTE); 0 or absent: all. */
  senderBudgetPerMinute?: number;
}

export interface ConversationWorker {
  /** Something new for this conversation (message stored, job due): process it soon. */
  enqueue(conversationId: string): void;
  /** At start-up: every conversation with unprocessed inbound messages. */
  recover(): Promise<number>;
  /**
   * Now and then: conversations with an inbound message still unprocessed
   * after `olderThanMs`. Another process may have acknowledged it and died
   * before its turn; nothing here may depend on that process coming back.
   */
  sweep(options: { olderThanMs: number }): Promise<number>;
  /** Resolves when no conversation is being processed (tests, shutdown). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

type NextInput = TurnInput | null;

/**
 * Runs turns. One conversation's inputs are processed one at a time in
 * arrival order (inbound by seq, jobs by due time); different conversations
 * run in parallel up to a bound. Each input is processed once: the commit
 * marks it processed only if it still was unprocessed, and the conversation's
 * revision guards against a second worker (another process) racing us.
 */
export function createConversationWorker(options: ConversationWorkerOptions): ConversationWorker {
  const { prisma, logger, metrics, now } = options;
  const maxConcurrent = options.maxConcurrentConversations ?? 16;
  const maxAttempts = options.maxTurnAttempts ?? 3;
  const retryDelay = options.retryDelayMs ?? ((attempt: number) => Math.min(30_000, 1_000 * 3 ** (attempt - 1)));
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();
  const waiting: (() => void)[] = [];
  const attempts = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  let active = 0;
  let stopped = false;

  // While webhooks pour in, one turn at a time: acknowledging comes first (see createIngestPressure).
  const limit = () => (options.yieldToIngest?.() ? 1 : maxConcurrent);
  let recheck: NodeJS.Timeout | undefined;
  const wakeWaiting = () => {
    while (waiting.length > 0 && active < limit()) waiting.shift()!();
    if (waiting.length > 0 && !recheck && !stopped) {
      recheck = setTimeout(() => {
        recheck = undefined;
        wakeWaiting();
      }, 50);
      recheck.unref();
    }
  };
  const acquire = () =>
    active < limit() ? (active++, Promise.resolve()) : new Promise<void>((resolve) => (waiting.push(() => (active++, resolve())), wakeWaiting()));
  const release = () => {
    active--;
    wakeWaiting();
  };

  async function nextInput(conversationId: string): Promise<NextInput> {
    const [message, job] = await Promise.all([
      prisma.message.findFirst({ where: { conversationId, direction: 'in', status: 'received' }, orderBy: { seq: 'asc' } }),
      prisma.scheduledJob.findFirst({ where: { conversationId, status: 'pending', runAt: { lte: now() } }, orderBy: { runAt: 'asc' } }),
    ]);
    if (message && (!job || message.createdAt <= job.runAt)) return { kind: 'message', message };
    if (job) return { kind: 'job', job };
    return null;
  }

  async function eventFor(input: TurnInput): Promise<{ event: ConversationEvent; media?: MediaRef[] }> {
    if (input.kind === 'job') return { event: input.job.event as unknown as ConversationEvent };
    const refs = (Array.isArray(input.message.media) ? input.message.media : []) as unknown as MediaRef[];
    if (refs.length === 0) return { event: interpretInbound({ text: input.message.body ?? undefined, media: [] }) };
    const { items, refs: resolved } = await resolveInboundMedia({ refs, fetchers: options.mediaFetchers, mediaStore: options.mediaStore, logger });
    return { event: interpretInbound({ text: input.message.body ?? undefined, media: items }), media: resolved };
  }

  async function processInput(conversation: Conversation, input: TurnInput): Promise<void> {
    const { event, media } = await eventFor(input);
    const market = isMarket(conversation.market) ? conversation.market : null;
    const language = conversationLanguage(conversation);
    const turn = await runConversationTurn({
      stored: conversation.snapshot ? { snapshot: conversation.snapshot, version: conversation.machineVersion } : null,
      input: { channel: conversation.channel as ChannelName, market, language },
      event,
      actors: options.actors,
    });
    if (turn.restarted) logger.warn({ conversationId: conversation.id, storedVersion: conversation.machineVersion }, 'stored snapshot could not be restored: conversation restarted');
    const committed = await commitConversationTurn({
      prisma,
      conversation,
      turn,
      input: input.kind === 'message' ? { ...input, media } : input,
      now: now(),
      publicBaseUrl: options.publicBaseUrl,
    });
    logger.info({ conversationId: conversation.id, input: input.kind, event: event.type, state: turn.state, replies: committed.outboundMessageIds.length }, 'turn committed');
    for (const id of committed.mediaToRemove) await options.mediaStore.remove(id).catch(() => {});
    for (const key of committed.documentsToRemove) {
      await options.documents?.remove(key).catch((error: unknown) => logger.error({ err: error, conversationId: conversation.id }, 'an erased client\'s mandate file could not be deleted'));
    }
    if (committed.outboundMessageIds.length > 0) options.onRepliesQueued();
    if (committed.queued.emails || committed.queued.slackPosts) options.onOutboxesQueued?.(committed.queued);
  }

  /** After repeated failures: set the input aside and tell the driver a person will follow up. */
  async function setAside(conversation: Conversation, input: TurnInput, error: unknown): Promise<void> {
    const reason = error instanceof Error ? error.name : 'Error';
    await prisma.$transaction(async (tx) => {
      if (input.kind === 'message') {
        await tx.message.updateMany({ where: { id: input.message.id, status: 'received' }, data: { status: 'failed', error: reason } });
        await queueOutboundMessage({ tx, conversation, text: translate(conversationLanguage(conversation), 'error.generic'), templateKey: 'error.generic' });
      } else {
        await tx.scheduledJob.updateMany({ where: { id: input.job.id, status: 'pending' }, data: { status: 'failed', lastError: reason } });
      }
      await tx.auditLog.create({ data: { actor: 'system', action: 'turn.failed', conversationId: conversation.id, details: { input: input.kind, reason } } });
    });
    options.onRepliesQueued();
  }

  async function drain(conversationId: string): Promise<void> {
    while (!stopped) {
      const input = await nextInput(conversationId);
      if (!input) return;
      const conversation = await prisma.conversation.findUnique({ where: { id: conversationId } });
      if (!conversation) return;
      // A reminder whose case moved on is skipped; a notice due at night on a phone waits for the morning.
      if (input.kind === 'job') {
        const screened = await screenScheduledJob({ prisma, job: input.job, conversation, now: now() });
        if (screened !== 'deliver') {
          logger.info({ conversationId, jobId: input.job.id, event: (input.job.event as { type?: string }).type, screened }, 'scheduled job not delivered now');
          continue;
        }
      }
      // A burst over the driver's budget is kept, not run: one "slow down" reply per minute.
      if (input.kind === 'message') {
        const throttle = await throttleInboundBurst({ prisma, conversation, message: input.message, budget: options.senderBudgetPerMinute ?? 0, now: now() });
        if (throttle.throttled) {
          metrics?.rateLimited.inc({ route: 'sender' });
          logger.info({ conversationId, noticeQueued: throttle.noticeQueued }, 'inbound message throttled: not run');
          if (throttle.noticeQueued) options.onRepliesQueued();
          continue;
        }
      }
      const inputId = input.kind === 'message' ? input.message.id : input.job.id;
      const started = performance.now();
      try {
        await processInput(conversation, input);
        metrics?.turnDuration.observe({ outcome: 'ok' }, (performance.now() - started) / 1000);
        attempts.delete(inputId);
      } catch (error) {
        if (error instanceof TurnConflictError) continue;
        metrics?.turnDuration.observe({ outcome: 'error' }, (performance.now() - started) / 1000);
        const attempt = (attempts.get(inputId) ?? 0) + 1;
        attempts.set(inputId, attempt);
        metrics?.errors.inc({ kind: 'turn' });
        logger.error({ err: error, conversationId, input: input.kind, attempt }, 'turn failed');
        if (attempt >= maxAttempts) {
          attempts.delete(inputId);
          await setAside(conversation, input, error);
          continue;
        }
        // Later inputs wait: order within a conversation matters more than speed.
        const timer = setTimeout(() => {
          timers.delete(timer);
          enqueue(conversationId);
        }, retryDelay(attempt));
        timers.add(timer);
        return;
      }
    }
  }

  function enqueue(conversationId: string): void {
    if (stopped) return;
    if (running.has(conversationId)) {
      again.add(conversationId);
      return;
    }
    const task = (async () => {
      await acquire();
      try {
        do {
          again.delete(conversationId);
          await drain(conversationId).catch((error) => logger.error({ err: error, conversationId }, 'drain failed'));
        } while (again.has(conversationId) && !stopped);
      } finally {
        release();
        running.delete(conversationId);
      }
    })();
    running.set(conversationId, task);
  }

  return {
    enqueue,
    async recover() {
      const rows = await prisma.message.findMany({ where: { direction: 'in', status: 'received' }, distinct: ['conversationId'], select: { conversationId: true } });
      for (const row of rows) enqueue(row.conversationId);
      return rows.length;
    },
    async sweep({ olderThanMs }) {
      const rows = await prisma.message.findMany({
        where: { direction: 'in', status: 'received', createdAt: { lt: new Date(now().getTime() - olderThanMs) } },
        distinct: ['conversationId'],
        select: { conversationId: true },
        take: 1_000,
      });
      const idle = rows.filter((row) => !running.has(row.conversationId));
      for (const row of idle) enqueue(row.conversationId);
      if (idle.length > 0) logger.warn({ conversations: idle.length }, 'unprocessed inbound messages found by the sweep: processing them');
      return idle.length;
    },
    async idle() {
      while (running.size > 0) await Promise.all([...running.values()]);
    },
    async stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      clearTimeout(recheck);
      await Promise.all([...running.values()]);
    },
  };
}
