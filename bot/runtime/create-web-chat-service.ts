import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { isLanguage } from '../../i18n/languages.js';
import type { PrismaClient } from '../../prisma/generated/client.js';
import type { MediaStore } from '../media/create-media-store.js';
import type { MediaRef, WebChatPort } from './ports.js';
import { toTranscriptMessage } from './to-transcript-message.js';
import type { TranscriptEvents } from './transcript-events.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest();

/** Web chat sessions: a conversation on channel "web" whose address is the session id; only the token's hash is stored. */
export function createWebChatService({ prisma, mediaStore, transcriptEvents }: { prisma: PrismaClient; mediaStore: MediaStore; transcriptEvents: TranscriptEvents }): WebChatPort {
  // Messages are found through their conversation in the same query: one round trip per request.
  const ofSession = (sessionId: string) => ({ conversation: { channel: 'web', address: sessionId } });

  return {
    async createSession({ languageHint }) {
      const sessionId = randomUUID();
      const token = randomBytes(32).toString('base64url');
      const hint = languageHint?.slice(0, 2).toLowerCase();
      await prisma.conversation.create({
        data: { channel: 'web', address: sessionId, webTokenHash: hashToken(token).toString('hex'), language: isLanguage(hint) ? hint : null },
      });
      return { sessionId, token };
    },
    async authenticate(sessionId, token) {
      if (!/^[0-9a-f-]{36}$/.test(sessionId)) return 'unknown-session';
      const conversation = await prisma.conversation.findUnique({
        where: { channel_address: { channel: 'web', address: sessionId } },
        select: { webTokenHash: true },
      });
      if (!conversation?.webTokenHash) return 'unknown-session';
      const expected = Buffer.from(conversation.webTokenHash, 'hex');
      return timingSafeEqual(expected, hashToken(token)) ? 'ok' : 'bad-token';
    },
    async listMessages(sessionId, { after, limit = 100 }) {
      const afterSeq = after && /^\d+$/.test(after) ? BigInt(after) : 0n;
      const rows = await prisma.message.findMany({
        where: { ...ofSession(sessionId), seq: { gt: afterSeq } },
        orderBy: { seq: 'asc' },
        take: Math.min(Math.max(limit, 1), 500),
      });
      return rows.map((row) => toTranscriptMessage(row, sessionId));
    },
    async storeUpload({ data, contentType }): Promise<MediaRef> {
      const stored = await mediaStore.save({ data, declaredType: contentType });
      return { storedId: stored.id, contentType: stored.contentType, size: stored.size };
    },
    async readMedia(sessionId, mediaId) {
      // Only media that belongs to this session's transcript.
      const owned = await prisma.message.findFirst({
        where: { ...ofSession(sessionId), media: { array_contains: [{ storedId: mediaId }] } },
        select: { id: true },
      });
      if (!owned) return null;
      return mediaStore.read(mediaId);
    },
    subscribe(sessionId, listener) {
      return transcriptEvents.subscribe({ channel: 'web', address: sessionId }, (message) => listener(toTranscriptMessage(message, sessionId)));
    },
  };
}
