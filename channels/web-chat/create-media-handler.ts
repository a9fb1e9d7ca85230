import type { RequestHandler } from 'express';
import type { WebChatPort } from '../../bot/runtime/ports.js';
import { sendJsonError } from '../../bot/http/send-json-error.js';
import { webChatSchemas } from './web-chat-schemas.js';

export interface CreateMediaHandlerOptions {
  webChat: WebChatPort;
}

/**
 * Raster formats browsers display as images only. Anything else a driver
 * uploaded (a PDF, an SVG with script, an HTML file named .jpg) is served as
 * a download, so it can never run as a page of our origin.
 */
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/heic', 'image/heif', 'image/avif', 'image/bmp']);

function normaliseType(contentType: string): string {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(type) ? type : 'application/octet-stream';
}

/** GET /chat/sessions/:id/media/:mediaId → the stored bytes, for this session only. */
export function createMediaHandler({ webChat }: CreateMediaHandlerOptions): RequestHandler {
  return async (req, res) => {
    const mediaId = webChatSchemas.mediaId.safeParse(req.params.mediaId);
    const media = mediaId.success ? await webChat.readMedia(res.locals.sessionId as string, mediaId.data) : null;
    if (!media) return sendJsonError(res, { status: 404, code: 'media_not_found', message: 'no such media in this session' });

    const type = normaliseType(media.contentType);
    res.set({
      'Content-Type': type,
      'Content-Length': String(media.data.length),
      'X-Content-Type-Options': 'nosniff',
      // Private: the URL carries the session token; shared caches must not keep it.
      'Cache-Control': 'private, max-age=3600',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
    if (!INLINE_TYPES.has(type)) res.set('Content-Disposition', 'attachment');
    res.status(200).end(media.data);
  };
}
