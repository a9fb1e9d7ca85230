import express, { type RequestHandler } from 'express';
import { sendJsonError } from '../../bot/http/send-json-error.js';

export interface ParseJsonBodyOptions {
  limitBytes: number;
}

interface BodyParserError extends Error {
  status?: number;
  type?: string;
}

/**
 * express.json with its failures turned into our JSON errors, so a driver's
 * widget (and our tests) can tell malformed JSON (400) from too large (413).
 */
export function parseJsonBody({ limitBytes }: ParseJsonBodyOptions): RequestHandler {
  const json = express.json({ limit: limitBytes, strict: true });
  return (req, res, next) => {
    json(req, res, (error?: unknown) => {
      if (!error) return next();
      const { status, type } = error as BodyParserError;
      if (type === 'entity.too.large' || status === 413) {
        return sendJsonError(res, { status: 413, code: 'payload_too_large', message: `JSON body over ${limitBytes} bytes` });
      }
      if (type === 'entity.parse.failed') {
        return sendJsonError(res, { status: 400, code: 'malformed_json', message: 'the body is not valid JSON' });
      }
      if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
        return sendJsonError(res, { status: 415, code: 'unsupported_encoding', message: 'send JSON as UTF-8, uncompressed or gzip' });
      }
      if (status && status >= 400 && status < 500) {
        return sendJsonError(res, { status: 400, code: 'bad_request', message: 'the body could not be read' });
      }
      next(error);
    });
  };
}
