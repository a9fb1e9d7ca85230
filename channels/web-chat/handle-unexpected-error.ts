import type { ErrorRequestHandler } from 'express';
import type { Logger } from '../../bot/logging/create-logger.js';
import { sendJsonError } from '../../bot/http/send-json-error.js';

export interface HandleUnexpectedErrorOptions {
  logger: Logger;
}

/** Last resort for the web chat routes: the runtime failed in a way no handler expected. */
export function handleUnexpectedError({ logger }: HandleUnexpectedErrorOptions): ErrorRequestHandler {
  // Four parameters: that is how Express recognises an error handler.
  return (error, req, res, _next) => {
    logger.error({ err: error, method: req.method, route: req.route?.path }, 'web chat request failed');
    if (res.headersSent) {
      // A stream already under way (SSE): end it; the browser reconnects.
      res.end();
      return;
    }
    sendJsonError(res, { status: 500, code: 'internal_error', message: 'unexpected error' });
  };
}
