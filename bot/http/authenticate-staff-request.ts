import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { PrismaClient } from '../../prisma/generated/client.js';
import type { Logger } from '../logging/create-logger.js';
import { authenticateStaffToken } from '../staff-access/authenticate-staff-token.js';
import { sendJsonError } from './send-json-error.js';

export interface AuthenticateStaffRequestOptions {
  prisma: Pick<PrismaClient, 'staffMember'>;
  /** STAFF_API_TOKEN, the machine clients' service token; only its SHA-256 is kept. */
  serviceToken: string | undefined;
  now: () => Date;
  logger: Logger;
}

/**
 * Bearer token check for every /api/v1 route: the service token (by its
 * SHA-256) or a named member's non-revoked token (by its SHA-256 in
 * StaffMember). Sets res.locals.actor to `service` or `staff:<memberId>`; the
 * token is never logged.
 */
export function authenticateStaffRequest({ prisma, serviceToken, now, logger }: AuthenticateStaffRequestOptions): RequestHandler {
  const serviceTokenSha256 = serviceToken ? createHash('sha256').update(serviceToken, 'utf8').digest('hex') : undefined;
  return async (req, res, next) => {
    const match = /^Bearer +(\S+) *$/i.exec(req.get('authorization') ?? '');
    if (!match) {
      res.set('WWW-Authenticate', 'Bearer realm="ticket911-staff"');
      return sendJsonError(res, { status: 401, code: 'unauthorized', message: 'Send Authorization: Bearer <staff token>' });
    }
    try {
      const actor = await authenticateStaffToken({ prisma, serviceTokenSha256, token: match[1]!, now: now() });
      if (!actor) {
        logger.warn({ action: 'staff.api.auth', outcome: 'failure', ip: req.ip }, 'staff api token refused');
        res.set('WWW-Authenticate', 'Bearer realm="ticket911-staff", error="invalid_token"');
        return sendJsonError(res, { status: 401, code: 'unauthorized', message: 'Invalid or revoked bearer token' });
      }
      res.locals.actor = actor;
      next();
    } catch (error) {
      next(error);
    }
  };
}
