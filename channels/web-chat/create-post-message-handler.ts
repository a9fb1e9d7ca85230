import type { RequestHandler } from 'express';
import { z } from 'zod';
import type { Logger } from '../../bot/logging/create-logger.js';
import type { InboundMessage, InboundPort, MediaRef, WebChatPort } from '../../bot/runtime/ports.js';
import { pickLanguageHint } from './pick-language-hint.js';
import { sendJsonError } from '../../bot/http/send-json-error.js';
import { webChatSchemas } from './web-chat-schemas.js';

export interface CreatePostMessageHandlerOptions {
  webChat: WebChatPort;
  inbound: InboundPort;
  logger: Logger;
  now: () => Date;
}

const fieldsSchema = z.object({
  // Multipart sends an empty string for an empty text box; JSON may send null.
  text: z
    .string('text must be a string')
    .max(webChatSchemas.maxTextLength, `text is over ${webChatSchemas.maxTextLength} characters`)
    .nullish(),
  clientMessageId: webChatSchemas.clientMessageId.optional(),
});

/**
 * POST /chat/sessions/:id/messages, after requireSessionToken and
 * parseMessageBody. The upload is stored before the message is accepted, and
 * 202 is sent only once the runtime has durably stored the message: a driver
 * whose POST failed can retry with the same clientMessageId without duplicating.
 */
export function createPostMessageHandler({ webChat, inbound, logger, now }: CreatePostMessageHandlerOptions): RequestHandler {
  return async (req, res) => {
    const sessionId = res.locals.sessionId as string;
    const fields = fieldsSchema.safeParse(req.body ?? {});
    if (!fields.success) {
      const issue = fields.error.issues[0];
      const code = issue?.path[0] === 'text' && issue.code === 'too_big' ? 'text_too_long' : 'invalid_request';
      return sendJsonError(res, { status: 400, code, message: issue?.message ?? 'invalid message' });
    }
    const text = fields.data.text?.trim() || undefined;
    const file = req.file && req.file.size > 0 ? req.file : undefined;
    if (!text && !file) {
      return sendJsonError(res, { status: 400, code: 'empty_message', message: 'send text or a non-empty photo' });
    }

    const media: MediaRef[] = [];
    if (file) {
      try {
        // Not an image? Passed on all the same: the bot answers "please send a photo" in the driver's language.
        media.push(
          await webChat.storeUpload({
            data: file.buffer,
            contentType: file.mimetype || 'application/octet-stream',
            filename: file.originalname || undefined,
          }),
        );
      } catch (error) {
        logger.error({ err: error, sessionId }, 'web chat upload could not be stored');
        return sendJsonError(res, { status: 503, code: 'unavailable', message: 'try again shortly', headers: { 'Retry-After': '5' } });
      }
    }

    const { clientMessageId } = fields.data;
    const message: InboundMessage = {
      channel: 'web',
      address: sessionId,
      providerId: clientMessageId ? `web:${sessionId}:${clientMessageId}` : undefined,
      text,
      media,
      languageHint: pickLanguageHint({ acceptLanguage: req.get('accept-language') }),
      receivedAt: now(),
    };
    let result;
    try {
      result = await inbound.accept(message);
    } catch (error) {
      logger.error({ err: error, sessionId }, 'web chat message not accepted');
      return sendJsonError(res, { status: 503, code: 'unavailable', message: 'try again shortly', headers: { 'Retry-After': '5' } });
    }
    logger.info(
      {
        sessionId,
        messageId: result.messageId,
        duplicate: result.duplicate,
        hasText: Boolean(text),
        media: media.map((m) => ({ contentType: m.contentType, size: m.size ?? file?.size })),
      },
      'web chat message accepted',
    );
    res.status(202).json({ messageId: result.messageId, duplicate: result.duplicate });
  };
}
