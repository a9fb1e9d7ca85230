import type { RequestHandler } from 'express';
import multer from 'multer';
import { parseJsonBody } from './parse-json-body.js';
import { sendJsonError } from '../../bot/http/send-json-error.js';

export interface ParseMessageBodyOptions {
  maxUploadBytes: number;
  maxJsonBytes: number;
}

/**
 * A message arrives as JSON `{ text, clientMessageId }` or as multipart with
 * a file field `image`. Either way req.body holds the text fields and
 * req.file the upload (kept in memory: it is handed to the media store next,
 * and the size limit bounds the memory used).
 */
export function parseMessageBody({ maxUploadBytes, maxJsonBytes }: ParseMessageBodyOptions): RequestHandler {
  const json = parseJsonBody({ limitBytes: maxJsonBytes });
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxUploadBytes, files: 1, fields: 5, parts: 6, fieldSize: maxJsonBytes },
  }).single('image');
  const maxMb = Math.round((maxUploadBytes / (1024 * 1024)) * 10) / 10;

  return (req, res, next) => {
    if (req.is('multipart/form-data')) {
      upload(req, res, (error?: unknown) => {
        if (!error) return next();
        if (error instanceof multer.MulterError) {
          if (error.code === 'LIMIT_FILE_SIZE') {
            return sendJsonError(res, { status: 413, code: 'file_too_large', message: `the photo is over ${maxMb} MB (${maxUploadBytes} bytes)` });
          }
          if (error.code === 'LIMIT_FIELD_VALUE') {
            return sendJsonError(res, { status: 413, code: 'payload_too_large', message: `a form field is over ${maxJsonBytes} bytes` });
          }
          return sendJsonError(res, { status: 400, code: 'invalid_upload', message: `${error.message}: send one file in the field "image"` });
        }
        // Busboy's own errors: truncated body, missing boundary, bad part headers.
        return sendJsonError(res, { status: 400, code: 'malformed_multipart', message: 'the multipart body could not be read' });
      });
      return;
    }
    if (req.is('application/json')) return json(req, res, next);
    const length = req.get('content-length');
    const noBody = length === '0' || (length === undefined && req.get('transfer-encoding') === undefined);
    if (noBody) {
      return sendJsonError(res, { status: 400, code: 'empty_message', message: 'send text or a photo' });
    }
    sendJsonError(res, {
      status: 415,
      code: 'unsupported_media_type',
      message: 'send application/json or multipart/form-data',
    });
  };
}
