import { EventEmitter } from 'node:events';
import type { Message } from '../../prisma/generated/client.js';

/**
 * In-process notice that a transcript grew (inbound stored, outbound sent),
 * for live web chat. Listeners catch up from the database by cursor on
 * reconnect, so a missed notice loses nothing.
 */
export interface TranscriptEvents {
  publish(message: Message): void;
  subscribe(conversationId: string, listener: (message: Message) => void): () => void;
  /** Every conversation's messages: for a listener that cannot yet name its conversation. */
  subscribeAll(listener: (message: Message) => void): () => void;
}

const ALL = Symbol('all');

export function createTranscriptEvents(): TranscriptEvents {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish: (message) => {
      emitter.emit(message.conversationId, message);
      emitter.emit(ALL, message);
    },
    subscribe: (conversationId, listener) => {
      emitter.on(conversationId, listener);
      return () => emitter.off(conversationId, listener);
    },
    subscribeAll: (listener) => {
      emitter.on(ALL, listener);
      return () => emitter.off(ALL, listener);
    },
  };
}
