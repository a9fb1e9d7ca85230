import { Router, type Response } from 'express';
import type { Language } from '../../i18n/languages.js';
import type { MessageKey } from '../../i18n/translate.js';
import type { Logger } from '../logging/create-logger.js';
import type { PaymentService } from '../payments/create-payment-service.js';
import { languageFromRequest } from './language-from-request.js';
import { renderPaymentPage } from './render-payment-page.js';
import { sendJsonError } from './send-json-error.js';

export interface CreatePaymentPagesRouterOptions {
  payments: PaymentService;
  logger: Logger;
}

// Link secrets are base64url of 16 bytes; anything else is not worth a database query.
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * The links the chat sends: /pay/<token> (to Stripe Checkout), the pages
 * Stripe sends the driver back to, and /invoices/<token> (the PDF). The
 * token is the secret; pages carry no personal data and are never cached.
 */
export function createPaymentPagesRouter({ payments, logger }: CreatePaymentPagesRouterOptions): Router {
  const log = logger.child({ component: 'payment-pages' });
  const router = Router();
  const page = (res: Response, status: number, language: Language, title: MessageKey, body: MessageKey) =>
    res.status(status).set('Cache-Control', 'no-store').type('html').send(renderPaymentPage({ language, title, body }));
  const notFound = (res: Response) => page(res, 404, 'fr', 'payPage.notFoundTitle', 'payPage.notFoundBody');

  router.get('/pay/:token', async (req, res) => {
    if (!TOKEN.test(req.params.token)) return notFound(res);
    try {
      const result = await payments.openPayLink(req.params.token);
      if (result.kind === 'redirect') return res.set('Cache-Control', 'no-store').redirect(303, result.url);
      if (result.kind === 'paid') return page(res, 200, result.language, 'payPage.paidTitle', 'payPage.paidBody');
      if (result.kind === 'expired') return page(res, 410, result.language, 'payPage.expiredTitle', 'payPage.expiredBody');
      return notFound(res);
    } catch (error) {
      log.error({ err: error }, 'checkout session could not be opened');
      return page(res, 503, languageFromRequest(req), 'payPage.unavailableTitle', 'payPage.unavailableBody');
    }
  });

  router.get('/pay/:token/done', async (req, res) => {
    const sessionId = typeof req.query.session_id === 'string' ? req.query.session_id : '';
    if (!TOKEN.test(req.params.token) || !/^cs_[A-Za-z0-9_]+$/.test(sessionId)) return notFound(res);
    let outcome: string = 'unknown';
    try {
      outcome = await payments.confirmCheckoutReturn(req.params.token, sessionId);
    } catch (error) {
      // The webhook will confirm; the driver is thanked either way.
      log.warn({ err: error }, 'checkout return could not be confirmed with Stripe');
    }
    if (outcome === 'not_found') return notFound(res);
    const language = languageFromRequest(req);
    return page(res, 200, language, 'payPage.thanksTitle', outcome === 'processing' ? 'payPage.processingBody' : 'payPage.thanksBody');
  });

  router.get('/pay/:token/cancelled', (req, res) => {
    page(res, 200, languageFromRequest(req), 'payPage.cancelledTitle', 'payPage.cancelledBody');
  });

  router.get('/invoices/:token', async (req, res) => {
    if (!TOKEN.test(req.params.token)) return sendJsonError(res, { status: 404, code: 'not_found', message: 'No such invoice' });
    const invoice = await payments.readInvoicePdf(req.params.token);
    if (!invoice) return sendJsonError(res, { status: 404, code: 'not_found', message: 'No such invoice' });
    res
      .status(200)
      .set({ 'Content-Type': 'application/pdf', 'Cache-Control': 'private, no-store', 'Content-Disposition': `inline; filename="${invoice.number}.pdf"` })
      .send(Buffer.from(invoice.pdf));
  });
  return router;
}

