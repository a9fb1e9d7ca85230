import type { PrismaClient } from '../../prisma/generated/client.js';
import { type ClaimedEntry, claimOutboxEntries } from '../db/claim-outbox-entries.js';
import type { Logger } from '../logging/create-logger.js';
import type { Metrics } from '../observability/create-metrics.js';
import { type ChannelKind, type MessageSender, type OutboundMessage, SendError } from './ports.js';
import { createCoalescedRunner } from './create-coalesced-runner.js';
import { type PollingLoop, startPollingLoop } from './start-polling-loop.js';
import type { TranscriptEvents, TranscriptOwner } from './transcript-events.js';

export interface OutboxDispatcherOptions {
  prisma: PrismaClient;
  senders: Partial<Record<ChannelKind, MessageSender>>;
  logger: Logger;
  metrics?: Metrics;
  transcriptEvents?: TranscriptEvents;
  now: () => Date;
  maxAttempts: number;
  /** How long a claimed entry is ours before another dispatcher may take it over (OUTBOX_LEASE_MS). */
  leaseMs?: number;
  /** Clock difference we tolerate between us and the provider when looking a message up after a crash. */
  providerClockSkewMs?: number;
  batchSize?: number;
  pollIntervalMs?: number;
  backoffMs?: (attempt: number) => number;
}

export interface OutboxDispatcher {
  /** Wake up now (a turn just queued replies). */
  kick(): void;
  /** One pass over due entries; resolves with how many were handled. */
  runOnce(): Promise<number>;
  /**
   * Ends the leases of entries left "sending" by a process that is gone. Only
   * for a database no other process uses (the embedded PGlite): on PostgreSQL
   * another live instance may hold them, and the lease decides.
   */
  releaseOrphanedClaims(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}


/**
 * "queued" is our word for "still in our outbox": once a provider has the
 * message it is "sent" (delivery receipts refine it later); "recorded" is the
 * laptop mode where no provider is configured.
 */
const statusAfterSend = (providerStatus?: string) => (providerStatus === 'recorded' ? 'recorded' : 'sent');

// Sent even to a driver who opted out: the confirmation of the opt-out itself.
const ALWAYS_SENT = new Set(['optOut.confirmed']);
const CARRIER_CHANNELS = new Set<ChannelKind>(['sms', 'whatsapp']);

/**
 * Delivers the transactional outbox. An entry is claimed (status sending,
 * with a lease) before the provider is called and marked sent after; an
 * entry whose lease ran out was claimed by a dispatcher that died mid-send,
 * so before sending again we ask the provider whether it already left
 * (MessageSender.findSent). One conversation's messages leave in order.
 */
export function createOutboxDispatcher(options: OutboxDispatcherOptions): OutboxDispatcher {
  const { prisma, logger, metrics, now } = options;
  const leaseMs = options.leaseMs ?? 30_000;
  const skewMs = options.providerClockSkewMs ?? 5_000;
  const batchSize = options.batchSize ?? 20;
  const backoff = options.backoffMs ?? ((attempt: number) => Math.min(300_000, 2_000 * 2 ** (attempt - 1)) * (0.75 + Math.random() * 0.5));
  let loop: PollingLoop | undefined;
  let stopped = false;

  async function finish(
    entry: ClaimedEntry,
    owner: TranscriptOwner,
    status: 'sent' | 'dead' | 'suppressed',
    messageStatus: string,
    extra: { providerId?: string; error?: string } = {},
  ) {
    const message = await prisma.$transaction(async (tx) => {
      const done = await tx.outboxEntry.updateMany({
        where: { id: entry.id, status: 'sending' },
        data: { status, lockedUntil: null, lastError: extra.error ?? null, updatedAt: now() },
      });
      if (done.count !== 1) return null;
      return tx.message.update({
        where: { id: entry.messageId },
        data: { status: messageStatus, ...(extra.providerId ? { providerId: extra.providerId } : {}), ...(extra.error ? { error: extra.error } : {}) },
      });
    });
    if (message) options.transcriptEvents?.publish(owner, message);
    return message;
  }

  async function deliver(entry: ClaimedEntry): Promise<void> {
    const row = await prisma.outboxEntry.findUnique({ where: { id: entry.id }, include: { message: true, conversation: true } });
    if (!row) return;
    const { message, conversation } = row;
    const channel = row.channel as ChannelKind;
    if (conversation.optedOut && CARRIER_CHANNELS.has(channel) && !ALWAYS_SENT.has(row.templateKey ?? '')) {
      await finish(entry, conversation, 'suppressed', 'suppressed');
      metrics?.messagesOut.inc({ channel, status: 'suppressed' });
      return;
    }
    const sender = options.senders[channel];
    if (!sender) {
      await finish(entry, conversation, 'dead', 'failed', { error: `no sender for channel ${channel}` });
      metrics?.messagesOut.inc({ channel, status: 'dead' });
      return;
    }
    const channelData = (conversation.channelData ?? {}) as Record<string, unknown>;
    const outbound: OutboundMessage = {
      messageId: message.id,
      channel,
      address: conversation.address,
      text: message.body ?? '',
      from: typeof channelData.recipient === 'string' ? channelData.recipient : undefined,
      channelData,
      templateKey: row.templateKey ?? undefined,
      templateVars: (row.templateVars ?? undefined) as Record<string, string> | undefined,
      lastInboundAt: conversation.lastInboundAt ?? undefined,
    };
    let providerHasIt = false;
    try {
      if (entry.previous_status === 'sending' && sender.findSent) {
        // A dispatcher died after claiming this entry: it may have sent it.
        // Look only from that claim on, and never take a message already
        // recorded for another row (an earlier reply with the same text).
        const claimedAt = (entry.previous_lock ?? now()).getTime() - leaseMs;
        const found = await sender.findSent(outbound, new Date(claimedAt - skewMs));
        const recordedElsewhere = found ? await prisma.message.findFirst({ where: { providerId: found.providerId, NOT: { id: message.id } }, select: { id: true } }) : null;
        if (found && !recordedElsewhere) {
          logger.warn({ outboxId: entry.id, channel }, 'outbound message had already left before a crash: not sent again');
          providerHasIt = true;
          await finish(entry, conversation, 'sent', statusAfterSend(found.status), { providerId: found.providerId });
          metrics?.messagesOut.inc({ channel, status: 'sent' });
          return;
        }
      }
      const result = await sender.send(outbound);
      providerHasIt = true;
      await finish(entry, conversation, 'sent', statusAfterSend(result.status), { providerId: result.providerId });
      metrics?.messagesOut.inc({ channel, status: 'sent' });
    } catch (error) {
      if (providerHasIt) {
        // The provider has the message but we could not record it (the
        // database went away). Putting the entry back to pending would send it
        // twice: leave it claimed; when the lease runs out the next claim asks
        // the provider (findSent) before anything is sent again.
        logger.warn({ outboxId: entry.id, channel, err: error }, 'outbound message left but was not recorded: left to the lease and the provider check');
        return;
      }
      const sendError = error instanceof SendError ? error : new SendError((error as Error).message, { retryable: true });
      const reason = sendError.options.code ?? sendError.name;
      if (!sendError.options.retryable || entry.attempts >= options.maxAttempts) {
        await finish(entry, conversation, 'dead', 'failed', { error: reason });
        metrics?.messagesOut.inc({ channel, status: 'dead' });
        logger.error({ outboxId: entry.id, channel, attempts: entry.attempts, reason }, 'outbound message dead-lettered');
        return;
      }
      const delay = Math.max(sendError.options.retryAfterMs ?? 0, backoff(entry.attempts));
      await prisma.outboxEntry.updateMany({
        where: { id: entry.id, status: 'sending' },
        data: { status: 'pending', lockedUntil: null, nextAttemptAt: new Date(now().getTime() + delay), lastError: reason, updatedAt: now() },
      });
      metrics?.messagesOut.inc({ channel, status: 'failed' });
      logger.warn({ outboxId: entry.id, channel, attempts: entry.attempts, retryInMs: Math.round(delay), reason }, 'outbound send failed: will retry');
    }
  }

  async function pass(): Promise<number> {
    let handled = 0;
    for (;;) {
      const claimed = await claimOutboxEntries({ prisma, now: now(), leaseMs, limit: batchSize });
      if (claimed.length === 0) return handled;
      // Entries of one conversation are never in the same batch twice (see claim), so they can go in parallel.
      await Promise.all(claimed.map((entry) => deliver(entry).catch((error) => logger.error({ err: error, outboxId: entry.id }, 'outbox delivery crashed'))));
      handled += claimed.length;
    }
  }

  const runner = createCoalescedRunner({ pass, isStopped: () => stopped });
  const runOnce = () => runner.run();

  return {
    async releaseOrphanedClaims() {
      const released = await prisma.outboxEntry.updateMany({ where: { status: 'sending' }, data: { lockedUntil: new Date(0) } });
      return released.count;
    },
    kick: () => {
      if (!stopped) runOnce().catch((error) => logger.error({ err: error }, 'outbox pass failed'));
    },
    runOnce,
    start() {
      loop = startPollingLoop({ run: runOnce, intervalMs: options.pollIntervalMs ?? 1_000, onError: (error) => logger.error({ err: error }, 'outbox pass failed') });
    },
    async stop() {
      stopped = true;
      loop?.stop();
      await runner.settled();
    },
  };
}
