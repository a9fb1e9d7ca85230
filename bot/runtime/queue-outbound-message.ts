import type { Prisma } from '../../prisma/generated/client.js';

export interface QueueOutboundMessageOptions {
  tx: Prisma.TransactionClient;
  conversation: { id: string; channel: string };
  text: string;
  /** Catalog key of the text (WhatsApp templates), or what sent it ("staff.reply"). */
  templateKey: string;
  templateVars?: Record<string, string>;
  now?: Date;
}

/**
 * A message to the driver: its transcript row and its outbox entry, in the
 * caller's transaction, so it is sent once the transaction commits and never
 * if it does not. The outbox dispatcher delivers it.
 */
export async function queueOutboundMessage({ tx, conversation, text, templateKey, templateVars, now }: QueueOutboundMessageOptions) {
  return tx.message.create({
    data: {
      conversationId: conversation.id,
      direction: 'out',
      channel: conversation.channel,
      body: text,
      status: 'queued',
      ...(now ? { createdAt: now } : {}),
      outbox: {
        create: {
          conversationId: conversation.id,
          channel: conversation.channel,
          templateKey,
          ...(templateVars ? { templateVars } : {}),
          ...(now ? { nextAttemptAt: now } : {}),
        },
      },
    },
  });
}
