import type { Market } from '../../flows/markets.js';
import type { PrismaClient } from '../../prisma/generated/client.js';
import type { Metrics } from '../observability/create-metrics.js';
import { acceptInboundMessage } from './accept-inbound-message.js';
import type { InboundPort } from './ports.js';
import type { TranscriptEvents } from './transcript-events.js';

export interface InboundPortOptions {
  prisma: PrismaClient;
  numbers: Partial<Record<Market, string>>;
  metrics?: Metrics;
  transcriptEvents?: TranscriptEvents;
  /** The worker: process this conversation's new input. */
  enqueue: (conversationId: string) => void;
  /** Each message taken in, duplicates included (the worker yields to bursts). */
  onAccepted?: () => void;
}

/** Where every channel hands its messages: store (durable, deduplicated), then wake the worker. */
export function createInboundPort({ prisma, numbers, metrics, transcriptEvents, enqueue, onAccepted }: InboundPortOptions): InboundPort {
  return {
    async accept(received) {
      onAccepted?.();
      // PostgreSQL text and jsonb cannot hold U+0000: one NUL would fail the insert (503) on every retry. The one character we drop.
      const message = received.text?.includes('\u0000') ? { ...received, text: received.text.replaceAll('\u0000', '') } : received;
      const result = await acceptInboundMessage({ prisma, message, numbers });
      if (!result.duplicate) {
        metrics?.messagesIn.inc({ channel: message.channel });
        transcriptEvents?.publish(message, result.stored);
      }
      enqueue(result.conversationId);
      return { conversationId: result.conversationId, messageId: result.messageId, duplicate: result.duplicate };
    },
  };
}
