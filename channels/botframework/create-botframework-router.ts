import express, { Router, type ErrorRequestHandler, type Response } from 'express';
import { ActivityTypes, type CloudAdapter } from 'botbuilder';
import { z } from 'zod';
import type { InboundPort } from '../../bot/runtime/ports.js';
import { sendJsonError } from '../../bot/http/send-json-error.js';
import type { Logger } from '../../bot/logging/create-logger.js';
import { convertActivityToMessage } from './convert-activity-to-message.js';

export interface CreateBotFrameworkRouterOptions {
  adapter: CloudAdapter;
  inbound: InboundPort;
  logger: Logger;
  /** The service's clock, for the time a message arrived. */
  now?: () => Date;
}

// The adapter checks the rest; this only keeps non-Activity bodies out of it.
const activityShape = z.looseObject({ type: z.string().min(1) });

const ERROR_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  500: 'internal',
  503: 'unavailable',
};

/**
 * POST /api/messages, the Azure Bot Service messaging endpoint. A turn only
 * stores the message (inbound.accept); replies leave later through the outbox
 * and createBotFrameworkSender, as proactive messages.
 */
export function createBotFrameworkRouter({ adapter, inbound, logger, now = () => new Date() }: CreateBotFrameworkRouterOptions): Router {
  const router = Router();

  router.post('/api/messages', express.json({ limit: '1mb' }), async (req, res) => {
    if (!activityShape.safeParse(req.body).success) {
      sendError(res, 400, 'The body must be a JSON Activity with a type');
      return;
    }
    let acceptFailed = false;
    const turn = captureResponse(res);
    await adapter.process(req, turn.response, async (context) => {
      const { activity } = context;
      if (activity.type !== ActivityTypes.Message) return; // typing, conversationUpdate…: acknowledged, ignored
      try {
        const result = await inbound.accept(convertActivityToMessage({ activity, receivedAt: now() }));
        logger.info(
          { channelId: activity.channelId, conversationId: result.conversationId, duplicate: result.duplicate },
          'botframework: message accepted',
        );
      } catch (error) {
        // Caught here, not in onTurnError: the adapter would answer 200 and the channel would not retry.
        acceptFailed = true;
        logger.error({ err: error, channelId: activity.channelId }, 'botframework: accept failed');
      }
    });

    if (acceptFailed) {
      sendError(res, 503, 'The message could not be stored, retry later');
      return;
    }
    const { status, body } = turn.captured;
    if (status >= 400) {
      // The adapter's own bodies are plain strings (and may quote an exception): replaced by ours.
      if (status === 401) logger.warn({ status }, 'botframework: request not authenticated');
      sendError(res, status, status === 401 ? 'Bot Framework authentication failed' : 'The activity could not be processed');
      return;
    }
    if (body === undefined) res.status(status).end();
    else res.status(status).json(body); // invoke responses
  });

  const handleBodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') return sendError(res, 413, 'The activity is larger than 1 MB');
    if (type === 'entity.parse.failed') return sendError(res, 400, 'The body is not valid JSON');
    const status = (error as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) return sendError(res, status, 'The body could not be read');
    logger.error({ err: error }, 'botframework: request failed');
    sendError(res, 500, 'The activity could not be processed');
  };
  router.use(handleBodyErrors);
  return router;
}

function sendError(res: Response, status: number, message: string) {
  sendJsonError(res, { status, code: ERROR_CODES[status] ?? `http_${status}`, message });
}

/**
 * CloudAdapter.process writes its own status (200 once the turn ran, whatever
 * the turn did). This stand-in response records it so the route can still
 * answer 503 when the message was not stored.
 */
function captureResponse(res: Response) {
  const captured: { status: number; body?: unknown } = { status: 200 };
  const response = {
    socket: res.socket,
    status(code: number) {
      captured.status = code;
      return response;
    },
    send(body: unknown) {
      captured.body = body;
      return response;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
      return response;
    },
    end() {
      return response;
    },
  };
  return { response, captured };
}
