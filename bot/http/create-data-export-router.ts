import { Router, type RequestHandler } from 'express';
import type { Logger } from '../logging/create-logger.js';
import type { DataExportService } from '../privacy/create-data-export-service.js';
import { sendJsonError } from './send-json-error.js';

export interface CreateDataExportRouterOptions {
  exports: DataExportService;
  /** The staff API's bearer check (bot/http/authenticate-staff-request.ts). */
  authenticate: RequestHandler;
  logger: Logger;
}

// Link secrets are base64url of 16 bytes; anything else is not worth a database query.
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * A driver's copy of their data, at the link ACCESS sent (/privacy/my-data/<token>),
 * and the staff API's GET /api/v1/clients/:id/export. JSON, never cached, never
 * sent in a Referer.
 */
export function createDataExportRouter({ exports, authenticate, logger }: CreateDataExportRouterOptions): Router {
  const log = logger.child({ component: 'data-export' });
  const router = Router();
  const noStore: RequestHandler = (_req, res, next) => {
    res.set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
    next();
  };

  router.get('/privacy/my-data/:token', noStore, async (req, res) => {
    const token = String(req.params.token);
    if (!TOKEN.test(token)) return sendJsonError(res, { status: 404, code: 'not_found', message: 'No such link' });
    try {
      const result = await exports.openLink(token);
      if (result.kind === 'not_found') return sendJsonError(res, { status: 404, code: 'not_found', message: 'No such link' });
      if (result.kind === 'expired') return sendJsonError(res, { status: 410, code: 'expired', message: 'This link has expired: write ACCESS in the chat for a new one' });
      res.set('Content-Disposition', 'inline; filename="ticket911-my-data.json"').json(result.data);
    } catch (error) {
      log.error({ err: error }, 'data export could not be built');
      sendJsonError(res, { status: 503, code: 'unavailable', message: 'Try again in a moment' });
    }
  });

  router.get('/api/v1/clients/:id/export', noStore, authenticate, async (req, res) => {
    try {
      const data = await exports.exportForStaff({ clientId: req.params.id as string, actor: res.locals.actor as string, route: 'GET /api/v1/clients/:id/export', ip: req.ip });
      if (!data) return sendJsonError(res, { status: 404, code: 'not_found', message: 'No client with this id (or erased)' });
      res.json(data);
    } catch (error) {
      log.error({ err: error }, 'staff data export failed');
      sendJsonError(res, { status: 503, code: 'unavailable', message: 'Try again in a moment' });
    }
  });
  return router;
}
