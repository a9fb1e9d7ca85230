import express, { type Router } from 'express';
import type { Logger } from '../../bot/logging/create-logger.js';
import type { InboundPort, WebChatPort } from '../../bot/runtime/ports.js';
import { createEventStreamHandler } from './create-event-stream-handler.js';
import { createListMessagesHandler } from './create-list-messages-handler.js';
import { createMediaHandler } from './create-media-handler.js';
import { createPostMessageHandler } from './create-post-message-handler.js';
import { createSessionHandler } from './create-session-handler.js';
import { handleUnexpectedError } from './handle-unexpected-error.js';
import { parseJsonBody } from './parse-json-body.js';
import { parseMessageBody } from './parse-message-body.js';
import { requireSessionToken } from './require-session-token.js';
import { webChatSchemas } from './web-chat-schemas.js';

export interface CreateWebChatRouterOptions {
  webChat: WebChatPort;
  inbound: InboundPort;
  /** Largest upload accepted, in bytes (config.server.maxUploadBytes). */
  maxUploadBytes: number;
  logger: Logger;
  now?: () => Date;
  /** SSE keep-alive comment interval; 25 s unless a test needs it shorter. */
  pingIntervalMs?: number;
}

/**
 * The web chat's HTTP API, used by public/widget.js. It only translates and
 * transports: sessions, tokens, transcripts and media live behind WebChatPort,
 * messages go to the runtime through InboundPort. Mount at the app's root.
 */
export function createWebChatRouter({
  webChat,
  inbound,
  maxUploadBytes,
  logger,
  now = () => new Date(),
  pingIntervalMs = 25_000,
}: CreateWebChatRouterOptions): Router {
  const log = logger.child({ channel: 'web' });
  const router = express.Router();
  const bearer = requireSessionToken({ webChat, acceptQueryToken: false });
  const bearerOrQuery = requireSessionToken({ webChat, acceptQueryToken: true });
  const maxJsonBytes = webChatSchemas.maxJsonBytes;

  router.post('/chat/sessions', parseJsonBody({ limitBytes: maxJsonBytes }), createSessionHandler({ webChat, logger: log }));
  router.post(
    '/chat/sessions/:id/messages',
    bearer,
    parseMessageBody({ maxUploadBytes, maxJsonBytes }),
    createPostMessageHandler({ webChat, inbound, logger: log, now }),
  );
  router.get('/chat/sessions/:id/messages', bearer, createListMessagesHandler({ webChat }));
  router.get('/chat/sessions/:id/events', bearerOrQuery, createEventStreamHandler({ webChat, logger: log, pingIntervalMs }));
  router.get('/chat/sessions/:id/media/:mediaId', bearerOrQuery, createMediaHandler({ webChat }));
  router.use(handleUnexpectedError({ logger: log }));
  return router;
}
