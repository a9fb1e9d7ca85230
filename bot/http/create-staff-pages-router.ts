import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response, Router } from 'express';
import type { Logger } from '../logging/create-logger.js';
import type { StatsService } from '../stats/create-stats-service.js';
import { languageFromRequest } from './language-from-request.js';
import { renderStaffLoginPage, renderStaffPage, type StaffLoginError } from './render-staff-page.js';
import { sendJsonError } from './send-json-error.js';

export interface CreateStaffPagesRouterOptions {
  /** STAFF_API_TOKEN. Absent: every /staff page answers 503 saying so. */
  token: string | undefined;
  stats: StatsService;
  logger: Logger;
  /** Cookies marked Secure: on whenever the service is reached over https. */
  secureCookies: boolean;
  now: () => Date;
}

export const STAFF_SESSION_COOKIE = 't911_staff';
const SESSION_MS = 8 * 60 * 60 * 1000;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SESSION_VALUE = /^(\d{1,16})\.([0-9a-f]{64})$/;

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest();
// The token is the HMAC key: changing STAFF_API_TOKEN signs every session out.
const signSession = (token: string, expiry: number) => createHmac('sha256', token).update(`staff-session:${expiry}`).digest();

/**
 * /staff: a sign-in form, then the case statistics. The session is a signed
 * expiry in an HttpOnly, SameSite=Strict cookie scoped to /staff; nothing is
 * stored server-side. Mount at the root: `app.use(createStaffPagesRouter(...))`.
 */
export function createStaffPagesRouter({ token, stats, logger, secureCookies, now }: CreateStaffPagesRouterOptions): Router {
  const log = logger.child({ component: 'staff-pages' });
  const router = Router();
  // A token, nothing more: a few kB is plenty and keeps the parser cheap.
  const form = express.urlencoded({ extended: false, limit: '2kb', parameterLimit: 5 });
  const cookieOptions = { httpOnly: true, sameSite: 'strict', path: '/staff', secure: secureCookies } as const;
  const html = (res: Response, status: number, body: string) => res.status(status).type('html').send(body);
  const loginPage = (req: Request, res: Response, status: number, error: StaffLoginError) =>
    html(res, status, renderStaffLoginPage({ language: languageFromRequest(req), error }));

  // Statistics and sign-in answers must never sit in a shared or back-button cache.
  router.use('/staff', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  router.use('/staff', (req, res, next) => (token ? next() : loginPage(req, res, 503, 'notConfigured')));
  router.use('/staff', refuseForeignOrigin());

  router.get('/staff', async (req, res) => {
    if (!hasValidSession(req, token!, now().getTime())) return loginPage(req, res, 200, null);
    try {
      html(res, 200, renderStaffPage({ stats: await stats.compute(), language: languageFromRequest(req) }));
    } catch (error) {
      log.error({ err: error }, 'staff statistics failed');
      if (!res.headersSent) loginPage(req, res, 503, 'unavailable');
    }
  });

  router.post('/staff/login', form, (req, res) => {
    const submitted = (req.body as Record<string, unknown> | undefined)?.token;
    // Digests have the same length whatever was typed: the comparison leaks neither content nor length.
    const valid = typeof submitted === 'string' && timingSafeEqual(sha256(submitted), sha256(token!));
    if (!valid) {
      log.warn({ action: 'staff.login', outcome: 'failure' }, 'staff sign-in refused');
      return loginPage(req, res, 401, 'invalidToken');
    }
    const expiry = now().getTime() + SESSION_MS;
    res.cookie(STAFF_SESSION_COOKIE, `${expiry}.${signSession(token!, expiry).toString('hex')}`, { ...cookieOptions, expires: new Date(expiry) });
    log.info({ action: 'staff.login', outcome: 'success' }, 'staff signed in');
    res.redirect(303, '/staff');
  });

  router.post('/staff/logout', (_req, res) => {
    res.clearCookie(STAFF_SESSION_COOKIE, cookieOptions);
    res.redirect(303, '/staff');
  });

  router.use('/staff', bodyErrors(log));
  return router;
}

function hasValidSession(req: Request, token: string, nowMs: number): boolean {
  const match = SESSION_VALUE.exec(readCookie(req, STAFF_SESSION_COOKIE) ?? '');
  if (!match) return false;
  const expiry = Number(match[1]);
  // Expired, or further ahead than we ever issue: refused before any crypto.
  if (expiry <= nowMs || expiry > nowMs + SESSION_MS) return false;
  return timingSafeEqual(Buffer.from(match[2], 'hex'), signSession(token, expiry));
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
