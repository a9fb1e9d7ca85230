import type { RequestHandler } from 'express';
import type { Logger } from '../../bot/logging/create-logger.js';
import type { TranscriptMessage, WebChatPort } from '../../bot/runtime/ports.js';
import { webChatSchemas } from './web-chat-schemas.js';

export interface CreateEventStreamHandlerOptions {
  webChat: WebChatPort;
  logger: Logger;
  /** Comment lines keep proxies and load balancers (often 60 s idle timeouts) from closing the stream. */
  pingIntervalMs: number;
}

const CATCH_UP_PAGE = 100;
/** 50 pages of 100: far beyond any real conversation; a bound for a runaway cursor. */
const CATCH_UP_MAX_PAGES = 50;

function formatEvent(message: TranscriptMessage): string {
  // JSON.stringify escapes newlines, so data stays on one line; the cursor was checked by the schema.
  return `id: ${message.cursor}\nevent: message\ndata: ${JSON.stringify(message)}\n\n`;
}

function pickAfter(lastEventId: string | undefined, after: unknown): string | undefined {
  // The browser sends Last-Event-ID when it reconnects by itself: it is newer than the URL's `after`.
  for (const candidate of [lastEventId, after]) {
    const parsed = webChatSchemas.cursor.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

/**
 * GET /chat/sessions/:id/events: Server-Sent Events. It subscribes before it
 * reads the catch-up, and holds live messages back until the catch-up is
 * written, so a message stored in between is neither lost nor sent twice.
 */
export function createEventStreamHandler({ webChat, logger, pingIntervalMs }: CreateEventStreamHandlerOptions): RequestHandler {
  return async (req, res) => {
    const sessionId = res.locals.sessionId as string;
    const after = pickAfter(req.get('last-event-id'), req.query.after);

    let live = false;
    let closed = false;
    const held: TranscriptMessage[] = [];
    const sentIds = new Set<string>();
    let ping: NodeJS.Timeout | undefined;

    const write = (message: TranscriptMessage) => {
      if (closed || sentIds.has(message.id) || !webChatSchemas.cursor.safeParse(message.cursor).success) return;
      sentIds.add(message.id);
      res.write(formatEvent(message));
    };
    const unsubscribe = webChat.subscribe(sessionId, (message) => (live ? write(message) : held.push(message)));
    res.on('close', () => {
      closed = true;
      clearInterval(ping);
      unsubscribe();
    });

    const backlog: TranscriptMessage[] = [];
    try {
      let cursor = after;
      for (let page = 0; page < CATCH_UP_MAX_PAGES; page += 1) {
        const messages = await webChat.listMessages(sessionId, { after: cursor, limit: CATCH_UP_PAGE });
        backlog.push(...messages);
        if (messages.length < CATCH_UP_PAGE) break;
        cursor = messages.at(-1)?.cursor;
      }
    } catch (error) {
      unsubscribe();
      throw error;
    }
    if (closed) return;

    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    // The browser waits 3 s before reconnecting by itself.
    res.write('retry: 3000\n\n');
    backlog.forEach(write);
    held.forEach(write);
    held.length = 0;
    live = true;
    ping = setInterval(() => res.write(': ping\n\n'), pingIntervalMs);
    logger.debug({ sessionId, caughtUp: backlog.length }, 'web chat event stream open');
  };
}
