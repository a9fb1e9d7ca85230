import type { Request, RequestHandler } from 'express';
import type { WebChatPort } from '../../bot/runtime/ports.js';
import { sendJsonError } from '../../bot/http/send-json-error.js';
import { webChatSchemas } from './web-chat-schemas.js';

export interface RequireSessionTokenOptions {
  webChat: WebChatPort;
  /**
   * Also accept `?token=`: EventSource and <img src> cannot send an
   * Authorization header. Only for GET routes, whose URLs the widget builds.
   */
  acceptQueryToken: boolean;
}

const WWW_AUTHENTICATE = { 'WWW-Authenticate': 'Bearer realm="web-chat"' };

function readToken(req: Request, acceptQueryToken: boolean): string | undefined {
  const header = req.get('authorization');
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1] ?? '';
  }
  if (acceptQueryToken && typeof req.query.token === 'string') return req.query.token;
  return undefined;
}

/**
 * Checks the session's bearer token with the runtime (webChat.authenticate)
 * and puts the session id in res.locals.sessionId for the handlers.
 * Runs before the body is read, so unauthenticated uploads are never buffered.
 */
export function requireSessionToken({ webChat, acceptQueryToken }: RequireSessionTokenOptions): RequestHandler {
  return async (req, res, next) => {
    const token = readToken(req, acceptQueryToken);
    if (token === undefined || token === '') {
      return sendJsonError(res, {
        status: 401,
        code: 'missing_token',
        message: acceptQueryToken ? 'send Authorization: Bearer <token> or ?token=' : 'send Authorization: Bearer <token>',
        headers: WWW_AUTHENTICATE,
      });
    }
    const sessionId = webChatSchemas.sessionId.safeParse(req.params.id);
    if (!sessionId.success) {
      return sendJsonError(res, { status: 404, code: 'session_not_found', message: 'no such chat session' });
    }
    const verdict = webChatSchemas.token.safeParse(token).success
      ? await webChat.authenticate(sessionId.data, token)
      : 'bad-token';
    if (verdict === 'unknown-session') {
      return sendJsonError(res, { status: 404, code: 'session_not_found', message: 'no such chat session' });
    }
    if (verdict !== 'ok') {
      return sendJsonError(res, {
        status: 401,
        code: 'invalid_token',
        message: 'the token does not open this session',
        headers: { 'WWW-Authenticate': 'Bearer realm="web-chat", error="invalid_token"' },
      });
    }
    res.locals.sessionId = sessionId.data;
    next();
  };
}
