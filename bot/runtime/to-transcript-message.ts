import type { Message } from '../../prisma/generated/client.js';
import type { MediaRef, TranscriptMessage } from './ports.js';

export function toTranscriptMessage(message: Message, sessionId: string): TranscriptMessage {
  const refs = (Array.isArray(message.media) ? message.media : []) as unknown as MediaRef[];
  return {
    cursor: message.seq.toString(),
    id: message.id,
    direction: message.direction === 'in' ? 'in' : 'out',
    text: message.body,
    media: refs
      .filter((ref) => ref.storedId)
      .map((ref) => ({ id: ref.storedId!, contentType: ref.contentType, url: `/chat/sessions/${sessionId}/media/${ref.storedId}` })),
    status: message.status,
    createdAt: message.createdAt.toISOString(),
  };
}
