import { Counter } from 'prom-client';
import { Prisma, type PrismaClient } from '../../prisma/generated/client.js';
import type { Logger } from '../logging/create-logger.js';
import type { Metrics } from '../observability/create-metrics.js';
import { type PollingLoop, startPollingLoop } from '../runtime/start-polling-loop.js';
import { eraseClientData } from './erase-client-data.js';

const DAY_MS = 86_400_000;

export interface RetentionSettings {
  /** A client whose cases all closed longer ago than this is purged. */
  closedCaseDays: number;
  /** A conversation that never became a case, silent this long, is purged. */
  idleConversationDays: number;
}

export interface CreateRetentionPurgerOptions {
  prisma: PrismaClient;
  settings: RetentionSettings;
  logger: Logger;
  metrics: Metrics;
  now: () => Date;
  /** Files (media ids, document keys) to delete once a purge has committed. */
  removeFiles: (files: { media: string[]; documents: string[] }) => Promise<void>;
  /** The purge erased Slack cards: wake the Slack outbox. */
  onSlackQueued?: () => void;
  /** Once a day by default; tests call runOnce(). */
  intervalMs?: number;
}

export interface RetentionPurger {
  /** One pass; returns how many clients and conversations this process purged. */
  runOnce(): Promise<{ clients: number; conversations: number }>;
  start(): void;
  stop(): void;
}

/**
 * Law 25 / PIPEDA retention: personal data is kept for the file and the
 * professional period, then erased exactly as DELETE MY DATA would (without
 * telling the driver), except that each case stays as an anonymous line of
 * statistics. Safe with several processes: each purge first claims its row with
 * a conditional UPDATE in its own transaction; a second process finds it taken.
 */
export function createRetentionPurger({ prisma, settings, logger, metrics, now, removeFiles, onSlackQueued, intervalMs = DAY_MS }: CreateRetentionPurgerOptions): RetentionPurger {
  const log = logger.child({ component: 'retention' });
  const purges = new Counter({ name: 'ticket911_retention_purges_total', help: 'Personal data purged after the retention period', labelNames: ['kind'], registers: [metrics.registry] });
  let loop: PollingLoop | undefined;

  async function purgeClient(clientId: string, at: Date): Promise<boolean> {
    const result = await prisma.$transaction(async (tx) => {
      const claimed = await tx.client.updateMany({ where: { id: clientId, erasedAt: null, purgedAt: null }, data: { purgedAt: at } });
      if (claimed.count !== 1) return null;
      const conversationIds = (await tx.conversation.findMany({ where: { clientId }, select: { id: true } })).map((c) => c.id);
      const erased = await eraseClientData({ tx, clientId, conversationId: conversationIds[0] ?? '', now: at, keepStatistics: true });
      // A conversation left at some step would restore it: it starts over (a new message brings the privacy notice).
      await tx.conversation.updateMany({ where: { id: { in: conversationIds } }, data: { snapshot: Prisma.DbNull, revision: { increment: 1 } } });
      await tx.auditLog.create({ data: { actor: 'system:retention', action: 'client.purged', clientId, details: { cases: erased.cases, messages: erased.messages, media: erased.mediaToRemove.length, documents: erased.documentsToRemove.length }, at } });
      return erased;
    });
    if (!result) return false;
    if (result.slackErasures > 0) onSlackQueued?.();
    await removeFiles({ media: result.mediaToRemove, documents: result.documentsToRemove });
    return true;
  }

  async function purgeConversation(conversationId: string, revision: number, at: Date): Promise<boolean> {
    const result = await prisma.$transaction(async (tx) => {
      // The revision guard: a turn committed meanwhile (the driver wrote) or another process purged it.
      const claimed = await tx.conversation.updateMany({ where: { id: conversationId, revision, cases: { none: {} } }, data: { snapshot: Prisma.DbNull, revision: { increment: 1 } } });
      if (claimed.count !== 1) return null;
      const erased = await eraseClientData({ tx, clientId: null, conversationId, now: at, keepStatistics: true });
      await tx.conversation.update({ where: { id: conversationId }, data: { clientId: null, consent: null, consentAt: null } });
      await tx.auditLog.create({ data: { actor: 'system:retention', action: 'conversation.purged', conversationId, details: { messages: erased.messages, media: erased.mediaToRemove.length }, at } });
      return erased;
    });
    if (!result) return false;
    await removeFiles({ media: result.mediaToRemove, documents: [] });
    return true;
  }

  async function runOnce() {
    const at = now();
    const closedBefore = new Date(at.getTime() - settings.closedCaseDays * DAY_MS);
    const idleBefore = new Date(at.getTime() - settings.idleConversationDays * DAY_MS);
    // Every case closed before the cut-off, none open, and no conversation of theirs recently active.
    const clients = await prisma.client.findMany({
      where: {
        erasedAt: null,
        cases: { some: {}, every: { closedAt: { lt: closedBefore } } },
        conversations: { none: { OR: [{ lastInboundAt: { gte: idleBefore } }, { lastInboundAt: null, updatedAt: { gte: idleBefore } }] } },
      },
      select: { id: true },
      take: 500,
    });
    let purgedClients = 0;
    for (const { id } of clients) if (await purgeClient(id, at)) purgedClients += 1;
    // Never a case, silent since the cut-off, and something left to purge.
    const conversations = await prisma.conversation.findMany({
      where: {
        cases: { none: {} },
        OR: [{ lastInboundAt: { lt: idleBefore } }, { lastInboundAt: null, updatedAt: { lt: idleBefore } }],
        AND: [{ OR: [{ messages: { some: {} } }, { clientId: { not: null } }, { snapshot: { not: Prisma.DbNull } }] }],
      },
      select: { id: true, revision: true, clientId: true },
      take: 500,
    });
    let purgedConversations = 0;
    for (const conversation of conversations) {
      // A client with no case at all goes with their (idle) conversation; one with cases waits for the rule above.
      if (conversation.clientId) {
        const other = await prisma.case.count({ where: { clientId: conversation.clientId } });
        if (other > 0) continue;
        const active = await prisma.conversation.count({ where: { clientId: conversation.clientId, OR: [{ lastInboundAt: { gte: idleBefore } }, { lastInboundAt: null, updatedAt: { gte: idleBefore } }] } });
        if (active > 0) continue;
        if (await purgeClient(conversation.clientId, at)) purgedConversations += 1;
        continue;
      }
      if (await purgeConversation(conversation.id, conversation.revision, at)) purgedConversations += 1;
    }
    if (purgedClients) purges.inc({ kind: 'client' }, purgedClients);
    if (purgedConversations) purges.inc({ kind: 'conversation' }, purgedConversations);
    if (purgedClients || purgedConversations) log.info({ clients: purgedClients, conversations: purgedConversations }, 'retention purge');
    return { clients: purgedClients, conversations: purgedConversations };
  }

  return {
    runOnce,
    start() {
      loop = startPollingLoop({ run: runOnce, intervalMs, onError: (error) => log.error({ err: error }, 'retention purge failed') });
    },
    stop() {
      loop?.stop();
    },
  };
}
