import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { Logger } from '../../bot/logging/create-logger.js';
import type { WebChatPort } from '../../bot/runtime/ports.js';
import { pickLanguageHint } from './pick-language-hint.js';
import { sendJsonError } from '../../bot/http/send-json-error.js';
import { webChatSchemas } from './web-chat-schemas.js';

export interface CreateSessionHandlerOptions {
  webChat: WebChatPort;
  logger: Logger;
}

const bodySchema = z.object({ language: webChatSchemas.language.optional() }).default({});

/** POST /chat/sessions: `{ language? }` → 201 `{ sessionId, token }`. */
export function createSessionHandler({ webChat, logger }: CreateSessionHandlerOptions): RequestHandler {
  return async (req, res) => {
    const body = bodySchema.safeParse(req.body ?? undefined);
    if (!body.success) {
      return sendJsonError(res, { status: 400, code: 'invalid_request', message: 'language must be one of fr, en, es' });
    }
    // The switcher's choice first; the browser's languages only when the driver made none.
    const languageHint = body.data.language ?? pickLanguageHint({ acceptLanguage: req.get('accept-language') });
    const { sessionId, token } = await webChat.createSession({ languageHint });
    logger.info({ sessionId, languageHint }, 'web chat session created');
    res.status(201).set('Cache-Control', 'no-store').json({ sessionId, token });
  };
}
