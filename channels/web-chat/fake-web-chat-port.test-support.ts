import type {
  AcceptResult,
  FetchedMedia,
  InboundMessage,
  InboundPort,
  MediaRef,
  TranscriptMessage,
  WebChatPort,
} from '../../bot/runtime/ports.js';

interface FakeSession {
  token: string;
  languageHint?: string;
  messages: TranscriptMessage[];
  listeners: Set<(message: TranscriptMessage) => void>;
}

export interface FakeWebChatPort {
  webChat: WebChatPort;
  inbound: InboundPort;
  /** Every InboundMessage handed to inbound.accept, duplicates included. */
  accepted: InboundMessage[];
  /** Every storeUpload call, in order. */
  uploads: { data: Buffer; contentType: string; filename?: string; ref: MediaRef }[];
  /** Port calls in order, to check that the upload is stored before the message is accepted. */
  calls: string[];
  sessions: Map<string, FakeSession>;
  /** The next accept rejects with this error. */
  failNextAccept(error?: Error): void;
  /** A bot reply: stored in the transcript and pushed to subscribers. */
  publish(sessionId: string, text: string): TranscriptMessage;
  listenerCount(sessionId: string): number;
}

/**
 * In-memory WebChatPort and InboundPort with the runtime's observable
 * behaviour: tokens per session, deduplication on providerId, cursors in
 * order, media readable only from the session whose message carries it.
 */
export function createFakeWebChatPort(): FakeWebChatPort {
  const sessions = new Map<string, FakeSession>();
  const stored = new Map<string, FetchedMedia>();
  const byProviderId = new Map<string, AcceptResult>();
  const accepted: InboundMessage[] = [];
  const uploads: FakeWebChatPort['uploads'] = [];
  const calls: string[] = [];
  let sequence = 0;
  let acceptFailure: Error | undefined;

  const append = (sessionId: string, message: Omit<TranscriptMessage, 'cursor' | 'id' | 'createdAt'>) => {
    const session = sessions.get(sessionId);
    if (!session) throw new Error(`fake: unknown session ${sessionId}`);
    sequence += 1;
    const entry: TranscriptMessage = {
      ...message,
      id: `msg_${sequence}`,
      cursor: `c${String(sequence).padStart(6, '0')}`,
      createdAt: new Date(Date.UTC(2025, 0, 1, 12, 0, sequence)).toISOString(),
    };
    session.messages.push(entry);
    for (const listener of session.listeners) listener(entry);
    return entry;
  };

  const webChat: WebChatPort = {
    async createSession({ languageHint }) {
      calls.push('createSession');
      sequence += 1;
      const sessionId = `ses_${sequence}`;
      const token = `tok_${sequence}_secret`;
      sessions.set(sessionId, { token, languageHint, messages: [], listeners: new Set() });
      return { sessionId, token };
    },
    async authenticate(sessionId, token) {
      const session = sessions.get(sessionId);
      if (!session) return 'unknown-session';
      return session.token === token ? 'ok' : 'bad-token';
    },
    async listMessages(sessionId, { after, limit = 50 }) {
      const messages = sessions.get(sessionId)?.messages ?? [];
      return messages.filter((m) => after === undefined || m.cursor > after).slice(0, limit);
    },
    async storeUpload({ data, contentType, filename }) {
      calls.push('storeUpload');
      sequence += 1;
      const ref: MediaRef = { storedId: `med_${sequence}`, contentType, size: data.length };
      stored.set(ref.storedId!, { data, contentType });
      uploads.push({ data, contentType, filename, ref });
      return ref;
    },
    async readMedia(sessionId, mediaId) {
      const mine = sessions.get(sessionId)?.messages.some((m) => m.media.some((media) => media.id === mediaId));
      return mine ? (stored.get(mediaId) ?? null) : null;
    },
    subscribe(sessionId, listener) {
      const listeners = sessions.get(sessionId)?.listeners;
      listeners?.add(listener);
      return () => listeners?.delete(listener);
    },
  };

  const inbound: InboundPort = {
    async accept(message) {
      calls.push('accept');
      accepted.push(message);
      if (acceptFailure) {
        const error = acceptFailure;
        acceptFailure = undefined;
        throw error;
      }
      const seen = message.providerId ? byProviderId.get(message.providerId) : undefined;
      if (seen) return { ...seen, duplicate: true };
      const entry = append(message.address, {
        direction: 'in',
        text: message.text ?? null,
        media: message.media.map((m) => ({
          id: m.storedId!,
          contentType: m.contentType,
          url: `/chat/sessions/${message.address}/media/${m.storedId}`,
        })),
        status: 'received',
      });
      const result = { conversationId: `conv_${message.address}`, messageId: entry.id, duplicate: false };
      if (message.providerId) byProviderId.set(message.providerId, result);
      return result;
    },
  };

  return {
    webChat,
    inbound,
    accepted,
    uploads,
    calls,
    sessions,
    failNextAccept(error = new Error('database unavailable')) {
      acceptFailure = error;
    },
    publish(sessionId, text) {
      return append(sessionId, { direction: 'out', text, media: [], status: 'sent' });
    },
    listenerCount(sessionId) {
      return sessions.get(sessionId)?.listeners.size ?? 0;
    },
  };
}
