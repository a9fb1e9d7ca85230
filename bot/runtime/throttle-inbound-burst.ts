import { interpretInbound } from '../../flows/conversation/interpret-inbound.js';
import { translate } from '../../i18n/translate.js';
import type { Conversation, Message, PrismaClient } from '../../prisma/generated/client.js';
import { conversationLanguage } from './conversation-language.js';
import { queueOutboundMessage } from './queue-outbound-message.js';

export interface ThrottleInboundBurstOptions {
  prisma: PrismaClient;
  conversation: Conversation;
  /** The inbound message about to be run (status `received`). */
  message: Message;
  /** Messages of one conversation run per window; 0 runs them all. */
  budget: number;
  windowMs?: number;
  now: Date;
}

export interface ThrottleOutcome {
  throttled: boolean;
  /** The one "slow down" reply of the window was queued. */
  noticeQueued: boolean;
}

const RAN = ['processed', 'failed'];

/**
 * A driver who writes faster than a person would (a script, a stuck phone)
 * must not make the bot run a turn, OCR and analysis each time. Over the
 * budget the message stays in the transcript, marked `throttled`, and is not
 * run; the driver is told once per window. Counted in the database, by the
 * time the messages arrived, so replicas and a restart's backlog agree.
 * Commands (STOP, DELETE MY DATA, AGENT, HELP…) are always run.
 */
export async function throttleInboundBurst({ prisma, conversation, message, budget, windowMs = 60_000, now }: ThrottleInboundBurstOptions): Promise<ThrottleOutcome> {
  const run = { throttled: false, noticeQueued: false };
  // The web chat refuses a session's burst at the door (429, nothing stored): what it accepted runs.
  if (budget <= 0 || conversation.channel === 'web') return run;
  const hasMedia = Array.isArray(message.media) && message.media.length > 0;
  if (!hasMedia && interpretInbound({ text: message.body ?? undefined, media: [] }).type === 'USER.COMMAND') return run;
  const since = new Date(message.createdAt.getTime() - windowMs);
  const inWindow = { conversationId: conversation.id, direction: 'in', createdAt: { gt: since }, seq: { lt: message.seq } };
  const ran = await prisma.message.count({ where: { ...inWindow, status: { in: RAN } } });
  if (ran < budget) return run;
  return prisma.$transaction(async (tx) => {
    const marked = await tx.message.updateMany({ where: { id: message.id, status: 'received' }, data: { status: 'throttled', processedAt: now } });
    if (marked.count === 0) return { throttled: true, noticeQueued: false };
    const told = await tx.message.count({ where: { ...inWindow, status: 'throttled' } });
    // Someone who said STOP hears nothing more, not even this.
    if (told > 0 || conversation.optedOut) return { throttled: true, noticeQueued: false };
    await queueOutboundMessage({ tx, conversation, text: translate(conversationLanguage(conversation), 'rateLimit.slowDown'), templateKey: 'rateLimit.slowDown', now });
    return { throttled: true, noticeQueued: true };
  });
}
