import type { Market } from '../../flows/markets.js';
import { isLanguage } from '../../i18n/languages.js';
import { type Message, Prisma, type PrismaClient } from '../../prisma/generated/client.js';
import type { AcceptResult, InboundMessage } from './ports.js';
import { detectMarket } from './detect-market.js';

export interface AcceptInboundMessageOptions {
  prisma: PrismaClient;
  message: InboundMessage;
  numbers: Partial<Record<Market, string>>;
}

/**
 * Stores an inbound message: the conversation (created on first contact) and
 * the message row, unique on the provider's id. When this resolves the
 * message is durable and the channel may acknowledge it; processing comes after.
 */
export async function acceptInboundMessage({ prisma, message, numbers }: AcceptInboundMessageOptions): Promise<AcceptResult & { stored: Message }> {
  const market = detectMarket({ recipient: message.recipient, numbers });
  // Only what the channel told us; the market's language is derived when needed (conversationLanguage).
  const hint = message.languageHint?.slice(0, 2).toLowerCase();
  const language = isLanguage(hint) ? hint : null;
  const channelData: Prisma.InputJsonValue | undefined =
    message.channelData || message.recipient
      ? ({ ...(message.channelData ?? {}), ...(message.recipient ? { recipient: message.recipient } : {}) } as Prisma.InputJsonValue)
      : undefined;
  const conversation = await prisma.conversation.upsert({
    where: { channel_address: { channel: message.channel, address: message.address } },
    create: { channel: message.channel, address: message.address, market, language, channelData, lastInboundAt: message.receivedAt },
    update: { lastInboundAt: message.receivedAt, ...(channelData ? { channelData } : {}), ...(market ? { market } : {}) },
  });
  try {
    const stored = await prisma.message.create({
      data: {
        conversationId: conversation.id,
        direction: 'in',
        channel: message.channel,
        providerId: message.providerId,
        body: message.text ?? null,
        media: message.media.length > 0 ? (message.media as unknown as Prisma.InputJsonValue) : undefined,
        status: 'received',
        createdAt: message.receivedAt,
      },
    });
    return { conversationId: conversation.id, messageId: stored.id, duplicate: false, stored };
  } catch (error) {
    // A retry of a message already stored (Twilio re-posts, a widget re-sends): the unique
    // provider id says so, in the same round trip as the insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002' && message.providerId) {
      const existing = await prisma.message.findUniqueOrThrow({ where: { providerId: message.providerId } });
      return { conversationId: existing.conversationId, messageId: existing.id, duplicate: true, stored: existing };
    }
    throw error;
  }
}
