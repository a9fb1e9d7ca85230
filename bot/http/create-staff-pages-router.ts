import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response, Router } from 'express';
import type { PrismaClient } from '../../prisma/generated/client.js';
import type { Logger } from '../logging/create-logger.js';
import { findStaffMemberByToken } from '../staff-access/find-staff-member-by-token.js';
import { readStaffSession } from '../staff-access/read-staff-session.js';
import { STAFF_SESSION_MS, signStaffSession } from '../staff-access/sign-staff-session.js';
import { verifyStaffTotp } from '../staff-access/verify-staff-totp.js';
import type { StatsService } from '../stats/create-stats-service.js';
import { languageFromRequest } from './language-from-request.js';
import { renderStaffLoginPage, renderStaffPage, type StaffLoginError } from './render-staff-page.js';
import { sendJsonError } from './send-json-error.js';

export interface CreateStaffPagesRouterOptions {
  /** Staff members: their hashed tokens, sealed TOTP secrets and last accepted TOTP step. */
  prisma: Pick<PrismaClient, 'staffMember'>;
  /** The data-encryption key, to open the sealed TOTP secrets. */
  encryptionKey: Buffer;
  /** Signs the session cookie (derived from the data-encryption key): changing it signs everyone out. */
  sessionKey: Buffer;
  stats: StatsService;
  logger: Logger;
  /** Cookies marked Secure: on whenever the service is reached over https. */
  secureCookies: boolean;
  now: () => Date;
}

export const STAFF_SESSION_COOKIE = 't911_staff';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Failed sign-ins per client IP: after 5 in 15 minutes, 429 until the window ends.
const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 15 * 60 * 1000;
// Bounds the counter's memory under a flood of addresses; expired windows go first.
const MAX_TRACKED_ADDRESSES = 10_000;

/**
 * /staff: a sign-in form (a named member's token AND a current TOTP code), then
 * the case statistics. The service token (STAFF_API_TOKEN) is not a member's and
 * never opens the page. The session is the member id and an expiry, HMAC-signed,
 * in an HttpOnly, SameSite=Strict cookie scoped to /staff; each visit checks the
 * member is still not revoked. Mount at the root: `app.use(createStaffPagesRouter(...))`.
 */
export function createStaffPagesRouter({ prisma, encryptionKey, sessionKey, stats, logger, secureCookies, now }: CreateStaffPagesRouterOptions): Router {
  const log = logger.child({ component: 'staff-pages' });
  const router = Router();
  // A token and a code, nothing more: a few kB is plenty and keeps the parser cheap.
  const form = express.urlencoded({ extended: false, limit: '2kb', parameterLimit: 5 });
  const cookieOptions = { httpOnly: true, sameSite: 'strict', path: '/staff', secure: secureCookies } as const;
  const failures = countFailures(now);
  const html = (res: Response, status: number, body: string) => res.status(status).type('html').send(body);
  const loginPage = (req: Request, res: Response, status: number, error: StaffLoginError, memberId?: string) =>
    html(res, status, renderStaffLoginPage({ language: languageFromRequest(req), error, memberId }));

  // Statistics and sign-in answers must never sit in a shared or back-button cache.
  router.use('/staff', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  router.use('/staff', refuseForeignOrigin());

  router.get('/staff', async (req, res) => {
    const memberId = readStaffSession({ key: sessionKey, value: readCookie(req, STAFF_SESSION_COOKIE), nowMs: now().getTime() });
    // A revoked member's session ends at the next visit, not 8 hours later.
    const member = memberId ? await prisma.staffMember.findUnique({ where: { id: memberId }, select: { revokedAt: true } }) : null;
    if (!member || member.revokedAt) return loginPage(req, res, 200, null);
    try {
      html(res, 200, renderStaffPage({ stats: await stats.compute(), language: languageFromRequest(req) }));
    } catch (error) {
      log.error({ err: error }, 'staff statistics failed');
      if (!res.headersSent) loginPage(req, res, 503, 'unavailable');
    }
  });

  router.post('/staff/login', form, async (req, res) => {
    const ip = req.ip ?? 'unknown';
    if (failures.isBlocked(ip)) {
      log.warn({ action: 'staff.login', outcome: 'rate_limited', ip }, 'staff sign-in refused: too many failures');
      res.set('Retry-After', String(Math.ceil(failures.retryAfterMs(ip) / 1000)));
      return loginPage(req, res, 429, 'tooMany');
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    const token = typeof body.token === 'string' ? body.token : '';
    const code = typeof body.code === 'string' ? body.code.replace(/\s+/g, '') : '';
    const refuse = (reason: string, memberId?: string) => {
      failures.record(ip);
      // The reason and the member, never what was typed.
      log.warn({ action: 'staff.login', outcome: 'failure', reason, memberId, ip }, 'staff sign-in refused');
      return loginPage(req, res, 401, 'invalidToken');
    };
    const member = token ? await findStaffMemberByToken({ prisma, token }) : null;
    if (!member) return refuse('unknown_token');
    if (!member.totpConfirmedAt) {
      log.warn({ action: 'staff.login', outcome: 'failure', reason: 'totp_not_enrolled', memberId: member.id, ip }, 'staff sign-in refused');
      return loginPage(req, res, 403, 'notEnrolled', member.id);
    }
    const check = await verifyStaffTotp({ prisma, key: encryptionKey, member, code, now: now() });
    if (check !== 'accepted') return refuse(check, member.id);
    const expiry = now().getTime() + STAFF_SESSION_MS;
    res.cookie(STAFF_SESSION_COOKIE, signStaffSession({ key: sessionKey, memberId: member.id, expiry }), { ...cookieOptions, expires: new Date(expiry) });
    log.info({ action: 'staff.login', outcome: 'success', memberId: member.id }, 'staff signed in');
    res.redirect(303, '/staff');
  });

  router.post('/staff/logout', (_req, res) => {
    res.clearCookie(STAFF_SESSION_COOKIE, cookieOptions);
    res.redirect(303, '/staff');
  });

  router.use('/staff', bodyErrors(log));
  return router;
}

/** A fixed window per address, in memory: enough for one process; a restart forgets (and the TOTP still stands). */
function countFailures(now: () => Date) {
  const windows = new Map<string, { count: number; endsAt: number }>();
  const current = (ip: string) => {
    const entry = windows.get(ip);
    if (entry && entry.endsAt <= now().getTime()) windows.delete(ip);
    return windows.get(ip);
  };
  return {
    isBlocked: (ip: string) => (current(ip)?.count ?? 0) >= MAX_FAILURES,
    retryAfterMs: (ip: string) => Math.max(0, (current(ip)?.endsAt ?? 0) - now().getTime()),
    record(ip: string) {
      const entry = current(ip);
      if (entry) {
        entry.count += 1;
        return;
      }
      if (windows.size >= MAX_TRACKED_ADDRESSES) {
        const nowMs = now().getTime();
        for (const [key, value] of windows) if (value.endsAt <= nowMs) windows.delete(key);
        // Still full of live windows: drop the oldest entry rather than grow without bound.
        if (windows.size >= MAX_TRACKED_ADDRESSES) windows.delete(windows.keys().next().value!);
      }
      windows.set(ip, { count: 1, endsAt: now().getTime() + FAILURE_WINDOW_MS });
    },
  };
}

function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.get('cookie') ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/** SameSite=Strict already keeps the cookie off cross-site posts; this refuses them outright when the browser says where they come from. */
function refuseForeignOrigin(): RequestHandler {
  return (req, res, next) => {
    const origin = req.get('origin');
    if (origin === undefined || SAFE_METHODS.has(req.method)) return next();
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      // "null" (a sandboxed or privacy-sensitive context) or garbage: not our origin.
    }
    if (host !== null && host === req.get('host')) return next();
    sendJsonError(res, { status: 403, code: 'cross_origin', message: 'The Origin of this request is not this site' });
  };
}

function bodyErrors(log: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error?.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) log.error({ err: error }, 'staff page failed');
    const code = status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : status === 500 ? 'internal_error' : 'invalid_request';
    sendJsonError(res, { status, code, message: status === 500 ? 'Something went wrong' : 'The form could not be read' });
  };
}
