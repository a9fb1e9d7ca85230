import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Request, type Response, Router } from 'express';
import type { Logger } from '../logging/create-logger.js';
import type { SigningService } from '../signing/create-signing-service.js';
import type { RequestMeta } from '../signing/record-signature-event.js';
import { languageFromRequest } from './language-from-request.js';
import { renderSigningPage } from './render-signing-page.js';
import type { SigningPageView } from './signing-page-view.js';

export interface CreateSigningPagesRouterOptions {
  signing: SigningService;
  logger: Logger;
}

// Link secrets are base64url of 16 bytes; anything else is not worth a database query.
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;
const STATUS_BY_STEP: Partial<Record<SigningPageView['step'], number>> = { notFound: 404, expired: 410, locked: 423 };
// signature_pad's UMD build, served by us: the page loads nothing from a CDN.
// (its package exports only the entry points: the minified file is found beside the UMD entry).
const SIGNATURE_PAD_FILE = path.join(path.dirname(createRequire(import.meta.url).resolve('signature_pad')), 'signature_pad.umd.min.js');

const metaOf = (req: Request): RequestMeta => ({ ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null });
const field = (body: unknown, name: string): string | undefined => {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * The signing page: /sign/<token> shows the step the request is at; the
 * forms post the code request, the code and the signature (POST, then 303
 * back to the page, or the page again with its error). /signed/<token> is the
 * sealed PDF. The token is the secret: pages are never cached or referred.
 */
export function createSigningPagesRouter({ signing, logger }: CreateSigningPagesRouterOptions): Router {
  const log = logger.child({ component: 'signing-pages' });
  const router = Router();
  // A drawn signature is a PNG data URL: a few hundred kB at most.
  const form = express.urlencoded({ extended: false, limit: '1mb', parameterLimit: 10 });
  const page = (res: Response, view: SigningPageView, status?: number) =>
    res.status(status ?? STATUS_BY_STEP[view.step] ?? 200).set('Cache-Control', 'no-store').type('html').send(renderSigningPage(view));
  const notFound = (res: Response) => page(res, { step: 'notFound', language: 'fr' });
  const backToPage = (req: Request, res: Response) => res.set('Cache-Control', 'no-store').redirect(303, `/sign/${req.params.token}`);
  const pdf = (res: Response, bytes: Uint8Array, fileName: string) =>
    res.status(200).set({ 'Content-Type': 'application/pdf', 'Cache-Control': 'private, no-store', 'Content-Disposition': `inline; filename="${fileName}"` }).send(Buffer.from(bytes));
  const guarded =
    (handler: (req: Request, res: Response) => Promise<unknown>) =>
    async (req: Request, res: Response) => {
      if (!TOKEN.test(String(req.params.token))) return notFound(res);
      try {
        await handler(req, res);
      } catch (error) {
        log.error({ err: error }, 'signing page failed');
        if (!res.headersSent) page(res, { step: 'unavailable', language: languageFromRequest(req) }, 503);
      }
    };

  router.get('/assets/signature_pad.umd.min.js', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=86400').type('application/javascript').sendFile(SIGNATURE_PAD_FILE);
  });

  router.get('/sign/:token', guarded(async (req, res) => page(res, await signing.openPage(String(req.params.token), metaOf(req)))));

  router.get(
    '/sign/:token/mandate.pdf',
    guarded(async (req, res) => {
      const bytes = await signing.readUnsignedPdf(String(req.params.token));
      return bytes ? pdf(res, bytes, 'mandate.pdf') : notFound(res);
    }),
  );

  router.post(
    '/sign/:token/code',
    form,
    guarded(async (req, res) => {
      const result = await signing.sendCode(String(req.params.token), field(req.body, 'to') === 'email' ? 'email' : 'chat', metaOf(req));
      return 'redirect' in result ? backToPage(req, res) : page(res, result.view, result.status);
    }),
  );

  router.post(
    '/sign/:token/verify',
    form,
    guarded(async (req, res) => {
      const result = await signing.verifyCode(String(req.params.token), field(req.body, 'code') ?? '', metaOf(req));
      return 'redirect' in result ? backToPage(req, res) : page(res, result.view, result.status);
    }),
  );

  router.post(
    '/sign/:token/sign',
    form,
    guarded(async (req, res) => {
      const body = req.body as unknown;
      const result = await signing.sign(
        String(req.params.token),
        { method: field(body, 'method'), signature: field(body, 'signature'), typedName: field(body, 'typedName'), consent: field(body, 'consent') },
        metaOf(req),
      );
      return page(res, result.view, result.status);
    }),
  );

  router.get(
    '/signed/:token',
    guarded(async (req, res) => {
      const signed = await signing.readSignedPdf(String(req.params.token));
      return signed ? pdf(res, signed.pdf, 'mandate-signed.pdf') : notFound(res);
    }),
  );
  return router;
}
