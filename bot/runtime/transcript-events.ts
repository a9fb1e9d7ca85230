import { EventEmitter } from 'node:events';
import type { Message } from '../../prisma/generated/client.js';

/** Whose transcript: a channel and the address on it (a web chat session id, a phone number…). */
export interface TranscriptOwner {
  channel: string;
  address: string;
}

/**
 * In-process notice that a transcript grew (inbound stored, outbound sent),
 * for live web chat. Keyed by channel + address, which a listener knows
 * without asking the database. Listeners catch up from the database by
 * cursor on reconnect, so a missed notice loses nothing.
 */
export interface TranscriptEvents {
  publish(owner: TranscriptOwner, message: Message): void;
  subscribe(owner: TranscriptOwner, listener: (message: Message) => void): () => void;
}

const keyOf = ({ channel, address }: TranscriptOwner) => `${channel}:${address}`;

export function createTranscriptEvents(): TranscriptEvents {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish: (owner, message) => emitter.emit(keyOf(owner), message),
    subscribe: (owner, listener) => {
      emitter.on(keyOf(owner), listener);
      return () => emitter.off(keyOf(owner), listener);
    },
  };
}
