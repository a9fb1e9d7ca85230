import type { Logger } from '../logging/create-logger.js';
import type { ChannelKind, MessageSender } from './ports.js';

/**
 * Web chat needs no provider: the transcript is the delivery, and the
 * dispatcher's publish after "sent" wakes the driver's live stream.
 */
export function createWebChatSender(): MessageSender {
  return {
    channel: 'web',
    send: async (message) => ({ providerId: `web:${message.messageId}`, status: 'sent' }),
    findSent: async (message) => ({ providerId: `web:${message.messageId}`, status: 'sent' }),
  };
}

/**
 * When Twilio is off (a laptop, no keys): SMS/WhatsApp replies are recorded
 * in the transcript with status "recorded" instead of sent, so the journey
 * can be followed end to end from the staff API.
 */
export function createRecordingSender({ channel, logger }: { channel: ChannelKind; logger: Logger }): MessageSender {
  return {
    channel,
    send: async (message) => {
      logger.info({ channel, messageId: message.messageId }, 'provider off: reply recorded in the transcript, not sent');
      return { providerId: `recorded:${message.messageId}`, status: 'recorded' };
    },
    findSent: async (message) => ({ providerId: `recorded:${message.messageId}`, status: 'recorded' }),
  };
}
