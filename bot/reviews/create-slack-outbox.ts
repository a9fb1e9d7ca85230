import type { PrismaClient } from '../../prisma/generated/client.js';
import { MARKETS, marketOf } from '../../flows/markets.js';
import { translate } from '../../i18n/translate.js';
import type { Logger } from '../logging/create-logger.js';
import { createCoalescedRunner } from '../runtime/create-coalesced-runner.js';
import { SendError } from '../runtime/ports.js';
import { planSendRetry } from '../runtime/plan-send-retry.js';
import { type PollingLoop, startPollingLoop } from '../runtime/start-polling-loop.js';
import { buildReviewCard } from './build-review-card.js';
import type { SlackPoster } from './review-port.js';
import type { ReviewSettings } from './review-settings.js';

export interface SlackOutboxOptions {
  prisma: PrismaClient;
  /** Absent when Slack is not configured: posts are marked "off" (the case is still on /staff and in the API). */
  poster?: SlackPoster;
  settings: ReviewSettings;
  logger: Logger;
  now: () => Date;
  maxAttempts?: number;
  leaseMs?: number;
  pollIntervalMs?: number;
  backoffMs?: (attempt: number) => number;
}

export interface SlackOutbox {
  kick(): void;
  runOnce(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** A thread reply waits for its card; it does not spend an attempt meanwhile. */
const WAIT_FOR_CARD_MS = 15_000;

/**
 * Posts SlackPost rows: the review card in the market's channel (urgent cases
 * first), then the questions and the client's answers in its thread. Claimed
 * with a lease like the email outbox; retryable failures back off (Slack's
 * Retry-After honoured), permanent ones (channel not found, not in channel)
 * are dead and logged for an operator. A relayed answer's text is cleared once
 * posted: it lives in Slack and in the transcript, not here too. An erasure
 * (the client's data deleted) replaces the card and deletes the thread replies.
 */
export function createSlackOutbox(options: SlackOutboxOptions): SlackOutbox {
  const { prisma, poster, settings, logger, now } = options;
  const maxAttempts = options.maxAttempts ?? 8;
  const leaseMs = options.leaseMs ?? 60_000;
  const backoff = options.backoffMs ?? ((attempt: number) => Math.min(3_600_000, 15_000 * 2 ** (attempt - 1)));
  let loop: PollingLoop | undefined;

  const due = (at: Date) => ({ OR: [{ status: 'pending', nextAttemptAt: { lte: at } }, { status: 'sending', lockedUntil: { lt: at } }] });

  async function deliver(id: string): Promise<void> {
    const at = now();
    const claimed = await prisma.slackPost.updateMany({
      where: { id, ...due(at) },
      data: { status: 'sending', lockedUntil: new Date(at.getTime() + leaseMs), attempts: { increment: 1 } },
    });
    if (claimed.count !== 1) return;
    const post = await prisma.slackPost.findUniqueOrThrow({ where: { id }, include: { review: true } });
    if (!poster) {
      await prisma.slackPost.update({ where: { id }, data: { status: 'off', lockedUntil: null, lastError: 'slack_off' } });
      return;
    }
    try {
      if (post.kind === 'erase' || post.kind === 'delete') {
        if (!post.targetChannel || !post.targetTs) throw new SendError('erasure without its message', { retryable: false, code: 'no_target' });
        if (post.kind === 'erase') await poster.replaceWithNotice({ channel: post.targetChannel, ts: post.targetTs, text: post.text ?? '' });
        else await poster.deleteMessage({ channel: post.targetChannel, ts: post.targetTs });
        await prisma.slackPost.update({ where: { id }, data: { status: 'sent', lockedUntil: null, lastError: null } });
        logger.info({ slackPostId: id, kind: post.kind }, 'slack message erased');
        return;
      }
      const review = post.review;
      if (!review) throw new SendError('post without its review', { retryable: false, code: 'review_missing' });
      if (post.kind === 'card') {
        const card = await buildReviewCard({ prisma, settings, now: now(), where: { id: review.id } });
        if (!card) throw new SendError('review gone', { retryable: false, code: 'review_missing' });
        const where = await poster.postCard(card);
        await prisma.$transaction([
          prisma.lawyerReview.update({ where: { id: review.id }, data: { slackChannel: where.channel, slackTs: where.ts } }),
          prisma.slackPost.update({ where: { id }, data: { status: 'sent', slackTs: where.ts, lockedUntil: null, lastError: null } }),
          prisma.auditLog.create({ data: { actor: 'system', action: 'review.posted', caseId: review.caseId, conversationId: review.conversationId, details: { reviewId: review.id }, at: now() } }),
        ]);
        logger.info({ reviewId: review.id, priority: post.priority }, 'review card posted');
        return;
      }
      const { slackChannel, slackTs, market } = review;
      if (!slackChannel || !slackTs) {
        await prisma.slackPost.update({ where: { id }, data: { status: 'pending', attempts: { decrement: 1 }, lockedUntil: null, nextAttemptAt: new Date(now().getTime() + WAIT_FOR_CARD_MS) } });
        return;
      }
      const language = MARKETS[marketOf(market)].defaultLanguage;
      const text = post.kind === 'question'
        ? translate(language, 'review.slackQuestion', { question: post.text ?? '' })
        : translate(language, 'review.slackAnswer', { answer: post.text ?? '' });
      const reply = await poster.postThreadReply({ channel: slackChannel, threadTs: slackTs, text });
      await prisma.slackPost.update({ where: { id }, data: { status: 'sent', slackTs: reply.ts, text: post.kind === 'answer' ? null : post.text, lockedUntil: null, lastError: null } });
    } catch (error) {
      const { dead, code, delayMs: delay } = planSendRetry({ error, attempts: post.attempts, maxAttempts, backoffMs: backoff });
      await prisma.slackPost.update({ where: { id }, data: { status: dead ? 'dead' : 'pending', lockedUntil: null, lastError: code, nextAttemptAt: new Date(now().getTime() + delay) } });
      logger[dead ? 'error' : 'warn']({ slackPostId: id, kind: post.kind, code, attempt: post.attempts, dead }, 'slack post not sent');
    }
  }

  async function pass(): Promise<number> {
    const rows = await prisma.slackPost.findMany({ where: due(now()), orderBy: [{ priority: 'asc' }, { createdAt: 'asc' }], select: { id: true }, take: 20 });
    for (const { id } of rows) await deliver(id);
    return rows.length;
  }

  const runner = createCoalescedRunner({ pass });
  return {
    kick() {
      runner.run().catch((error) => logger.error({ err: error }, 'slack outbox pass failed'));
    },
    runOnce: () => runner.run(),
    start() {
      loop = startPollingLoop({ run: () => runner.run(), intervalMs: options.pollIntervalMs ?? 5_000, onError: (error) => logger.error({ err: error }, 'slack outbox poll failed') });
    },
    async stop() {
      loop?.stop();
      await runner.settled();
    },
  };
}
