import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { WebChatPort } from '../../bot/runtime/ports.js';
import { sendJsonError } from '../../bot/http/send-json-error.js';
import { webChatSchemas } from './web-chat-schemas.js';

export interface CreateListMessagesHandlerOptions {
  webChat: WebChatPort;
}

const querySchema = z.object({
  after: webChatSchemas.cursor.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** GET /chat/sessions/:id/messages?after=&limit= → `{ messages, cursor }`. */
export function createListMessagesHandler({ webChat }: CreateListMessagesHandlerOptions): RequestHandler {
  return async (req, res) => {
    const query = querySchema.safeParse(req.query);
    if (!query.success) {
      return sendJsonError(res, { status: 400, code: 'invalid_request', message: 'after must be a cursor, limit an integer 1-200' });
    }
    const { after, limit } = query.data;
    const messages = await webChat.listMessages(res.locals.sessionId as string, { after, limit });
    // Nothing new: the same cursor again, so a poller can keep passing it back.
    const cursor = messages.at(-1)?.cursor ?? after ?? null;
    res.set('Cache-Control', 'no-store').json({ messages, cursor });
  };
}
