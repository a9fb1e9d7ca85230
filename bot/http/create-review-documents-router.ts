import { Router } from 'express';
import type { Logger } from '../logging/create-logger.js';
import { sendJsonError } from './send-json-error.js';

export interface CreateReviewDocumentsRouterOptions {
  readFinalDocument: (token: string) => Promise<{ pdf: Uint8Array; fileName: string } | null>;
  logger: Logger;
}

const TOKEN = /^[A-Za-z0-9_-]{22}$/;

/** /documents/<token>: the contestation a lawyer approved, for the driver. The token is the secret; never cached. */
export function createReviewDocumentsRouter({ readFinalDocument, logger }: CreateReviewDocumentsRouterOptions): Router {
  const router = Router();
  router.get('/documents/:token', async (req, res) => {
    if (!TOKEN.test(req.params.token)) return sendJsonError(res, { status: 404, code: 'not_found', message: 'No such document' });
    try {
      const document = await readFinalDocument(req.params.token);
      if (!document) return sendJsonError(res, { status: 404, code: 'not_found', message: 'No such document' });
      res
        .status(200)
        .set({ 'Content-Type': 'application/pdf', 'Cache-Control': 'private, no-store', 'Referrer-Policy': 'no-referrer', 'Content-Disposition': `inline; filename="${document.fileName}"` })
        .send(Buffer.from(document.pdf));
    } catch (error) {
      logger.error({ err: error }, 'final document not rendered');
      sendJsonError(res, { status: 500, code: 'internal', message: 'The document could not be produced' });
    }
  });
  return router;
}
