import express, { Router, type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import type { PrismaClient } from '../../prisma/generated/client.js';
import type { Logger } from '../logging/create-logger.js';
import { authenticateStaffRequest } from './authenticate-staff-request.js';
import { recordStaffRead, type StaffReadTarget } from '../staff-access/record-staff-read.js';
import type { SigningService } from '../signing/create-signing-service.js';
import { createOpenApiDocument } from './create-openapi-document.js';
import { sendJsonError } from './send-json-error.js';
import type { LawyerReviewPort, ReviewActionResult } from '../reviews/review-port.js';
import type { CaseStats } from '../stats/case-stats-schema.js';
import { hearingRequestSchema, outcomeRequestSchema, interacPaymentRequestSchema, quickBooksExportQuerySchema, staffReplyRequestSchema, type StaffBillingPort, type StaffPort } from './staff-port.js';

export interface CreateStaffApiRouterOptions {
  staff: StaffPort;
  /** Staff members (bearer tokens by their SHA-256) and the audit log of staff reads. */
  prisma: Pick<PrismaClient, 'staffMember' | 'auditLog'>;
  /** STAFF_API_TOKEN, the machine clients' service token (actor `service`). Absent: only members' tokens open the API. */
  token: string | undefined;
  now: () => Date;
  logger: Logger;
  /** Advertised as the server in the OpenAPI document (config.server.publicBaseUrl). */
  publicBaseUrl?: string;
  /** Payments and accounting; absent in tests of the other routes. */
  billing?: StaffBillingPort;
  /** Signed mandates; absent in tests of the other routes. */
  signatures?: Pick<SigningService, 'verifySignedFile'>;
  /** Hearings and outcomes (the same actions as the Slack shortcuts); absent in tests of the other routes. */
  reviews?: Pick<LawyerReviewPort, 'recordHearing' | 'recordOutcome'>;
  /** Case statistics and calibration; absent in tests of the other routes. */
  stats?: { compute(): Promise<CaseStats> };
}


function sendError(res: Response, status: number, code: string, message: string) {
  sendJsonError(res, { status, code, message });
}

/**
 * The firm's operator API under /api/v1, plus its OpenAPI document.
 * Mount at the root: `app.use(createStaffApiRouter(...))`.
 */
export function createStaffApiRouter({ staff, prisma, token, now, logger, publicBaseUrl, billing, signatures, reviews, stats }: CreateStaffApiRouterOptions): Router {
  const router = Router();
  const log = logger.child({ component: 'staff-api' });
  const openApi = createOpenApiDocument({ serverUrl: publicBaseUrl });
  // Every answer that carries personal data is audited before it is sent: a read that cannot be recorded is not served.
  const audit = (req: Request, res: Response, targetType: StaffReadTarget, targetId: string) =>
    recordStaffRead({ prisma, actor: res.locals.actor as string, targetType, targetId, route: `${req.method} /api/v1${req.route?.path ?? req.path}`, ip: req.ip, now: now() });

  // The document holds no secret; tools fetch it without credentials.
  router.get('/api/v1/openapi.json', (_req, res) => {
    res.json(openApi);
  });

  const api = Router();
  // Views carry personal data: no shared cache may keep them.
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.use(authenticateStaffRequest({ prisma, serviceToken: token, now, logger: log }));
  api.use(express.json({ limit: '16kb' }));

  api.route('/conversations/:id').get(async (req, res) => {
    const view = await staff.getConversation(req.params.id);
    if (!view) return sendError(res, 404, 'not_found', 'No conversation with this id');
    await audit(req, res, 'conversation', view.id);
    res.json(view);
  }).all(methodNotAllowed('GET'));

  api.route('/cases/:id').get(async (req, res) => {
    const view = await staff.getCase(req.params.id);
    if (!view) return sendError(res, 404, 'not_found', 'No case with this id');
    await audit(req, res, 'case', view.id);
    res.json(view);
  }).all(methodNotAllowed('GET'));

  api.route('/conversations/:id/release').post(async (req, res) => {
    const actor = res.locals.actor as string;
    const outcome = await staff.releaseHandoff(req.params.id, actor);
    if (outcome === 'not-found') return sendError(res, 404, 'not_found', 'No conversation with this id');
    if (outcome === 'not-in-handoff') {
      return sendError(res, 409, 'not_in_handoff', 'The conversation is not handed off to staff');
    }
    log.info({ actor, action: 'handoff.release', conversationId: req.params.id }, 'staff released handoff');
    res.json({ status: 'released' });
  }).all(methodNotAllowed('POST'));

  api.route('/conversations/:id/messages').post(async (req, res) => {
    if (!req.is('application/json')) {
      return sendError(res, 415, 'unsupported_media_type', 'Send application/json');
    }
    const parsed = staffReplyRequestSchema.safeParse(req.body);
    if (!parsed.success) {
      // The issue list names the field and the rule, never the submitted text.
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
      return sendError(res, 400, 'invalid_request', detail);
    }
    const actor = res.locals.actor as string;
    const sent = await staff.sendStaffReply(req.params.id, parsed.data.text, actor);
    if (!sent) return sendError(res, 404, 'not_found', 'No conversation with this id');
    log.info(
      { actor, action: 'staff.reply', conversationId: req.params.id, messageId: sent.messageId, length: parsed.data.text.length },
      'staff reply queued',
    );
    res.status(202).json({ messageId: sent.messageId, status: 'queued' });
  }).all(methodNotAllowed('POST'));

  api.route('/cases/:id/payments').post(async (req, res) => {
    if (!billing) return sendError(res, 503, 'billing_off', 'Payments are not available on this server');
    if (!req.is('application/json')) return sendError(res, 415, 'unsupported_media_type', 'Send application/json');
    const parsed = interacPaymentRequestSchema.safeParse(req.body);
    if (!parsed.success) {
      return sendError(res, 400, 'invalid_request', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
    }
    const actor = res.locals.actor as string;
    const { reference, amountCents, receivedAt, payerName } = parsed.data;
    const result = await billing.recordInteracPayment({ caseId: req.params.id, reference, amountCents, receivedAt: receivedAt ? new Date(receivedAt) : undefined, payerName, actor });
    switch (result.status) {
      case 'case_not_found':
        return sendError(res, 404, 'not_found', 'No case with this id');
      case 'no_such_reference':
        return sendError(res, 422, 'unknown_reference', 'No quote of this case has this Interac reference');
      case 'amount_mismatch':
        return sendError(res, 422, 'amount_mismatch', `The quote's total is ${result.expectedCents} cents ${result.currency}; nothing was recorded`);
      case 'already_paid':
        return sendError(res, 409, 'already_paid', 'This quote was already paid; the case is flagged for a person to refund the extra payment');
      case 'duplicate':
        return res.status(200).json({ paymentId: result.paymentId, status: 'already_recorded' });
      case 'recorded':
        log.info({ actor, action: 'payment.interac', caseId: req.params.id, paymentId: result.paymentId }, 'e-Transfer recorded');
        return res.status(201).json({ paymentId: result.paymentId, invoiceNumber: result.invoiceNumber, status: 'recorded' });
    }
  }).all(methodNotAllowed('POST'));

  api.route('/exports/quickbooks.csv').get(async (req, res) => {
    if (!billing) return sendError(res, 503, 'billing_off', 'Payments are not available on this server');
    const parsed = quickBooksExportQuerySchema.safeParse(req.query);
    if (!parsed.success || parsed.data.from > parsed.data.to) {
      return sendError(res, 400, 'invalid_request', 'Give from and to as YYYY-MM-DD, from not after to (both days included)');
    }
    const { csv, invoices } = await billing.exportQuickBooks(parsed.data);
    // Invoices carry clients' names: the export is a read of personal data, named by its period.
    await audit(req, res, 'export', `quickbooks:${parsed.data.from}..${parsed.data.to}`);
    log.info({ actor: res.locals.actor, action: 'export.quickbooks', invoices }, 'invoices exported');
    res
      .status(200)
      .set({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="invoices-${parsed.data.from}-${parsed.data.to}.csv"` })
      .send(csv);
  }).all(methodNotAllowed('GET'));

  api.route('/signatures/:id/verify').get(async (req, res) => {
    if (!signatures) return sendError(res, 503, 'signing_off', 'Signatures are not available on this server');
    const check = await signatures.verifySignedFile(req.params.id);
    if (!check) return sendError(res, 404, 'not_found', 'No signed mandate with this id');
    log.info({ actor: res.locals.actor, action: 'signature.verified', signatureRequestId: check.signatureRequestId, intact: check.intact }, 'signed file checked');
    res.json(check);
  }).all(methodNotAllowed('GET'));

  const readBody = <T>(req: express.Request, res: Response, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }): T | undefined => {
    if (!req.is('application/json')) {
      sendError(res, 415, 'unsupported_media_type', 'Send application/json');
      return undefined;
    }
    const parsed = schema.safeParse(req.body);
    if (parsed.success) return parsed.data;
    sendError(res, 400, 'invalid_request', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
    return undefined;
  };
  /** One answer per review result: 200 with the case's review card, or the precise refusal. */
  const sendReviewResult = (res: Response, result: ReviewActionResult | { kind: 'invalid'; message: string }, status = 200) => {
    switch (result.kind) {
      case 'not_found':
        return sendError(res, 404, 'not_found', 'No case with this id');
      case 'invalid':
        return sendError(res, 422, 'not_recordable', result.message);
      case 'not_allowed':
        return sendError(res, 409, `review_${result.reason}`, `The case cannot take this now (${result.reason}); its review is ${result.card.status}`);
      case 'already':
        return res.status(200).json({ status: 'already_recorded', caseId: result.card.caseId, hearing: result.card.hearing, outcome: result.card.outcome });
      case 'done':
        return res.status(status).json({ status: 'recorded', caseId: result.card.caseId, hearing: result.card.hearing, outcome: result.card.outcome });
    }
  };

  api.route('/cases/:id/hearing').post(async (req, res) => {
    if (!reviews) return sendError(res, 503, 'reviews_off', 'Lawyer reviews are not available on this server');
    const body = readBody(req, res, hearingRequestSchema);
    if (!body) return;
    const actor = res.locals.actor as string;
    const result = await reviews.recordHearing({ caseId: req.params.id, actor, hearing: { date: body.date, time: body.time, court: body.court, room: body.room ?? null } });
    if (result.kind === 'done') log.info({ actor, action: 'case.hearing', caseId: req.params.id }, 'hearing recorded');
    sendReviewResult(res, result, 201);
  }).all(methodNotAllowed('POST'));

  api.route('/cases/:id/outcome').post(async (req, res) => {
    if (!reviews) return sendError(res, 503, 'reviews_off', 'Lawyer reviews are not available on this server');
    const body = readBody(req, res, outcomeRequestSchema);
    if (!body) return;
    const actor = res.locals.actor as string;
    const result = await reviews.recordOutcome({ caseId: req.params.id, actor, outcome: { outcome: body.outcome, points: body.points ?? null, fineCents: body.fineCents ?? null } });
    if (result.kind === 'done') log.info({ actor, action: 'case.outcome', caseId: req.params.id, outcome: body.outcome }, 'outcome recorded');
    sendReviewResult(res, result, 201);
  }).all(methodNotAllowed('POST'));

  api.route('/stats').get(async (_req, res) => {
    if (!stats) return sendError(res, 503, 'stats_off', 'Statistics are not available on this server');
    res.json(await stats.compute());
  }).all(methodNotAllowed('GET'));

  api.use((req, res) => {
    sendError(res, 404, 'not_found', `No route ${req.method} /api/v1${req.path}`);
  });
  api.use(handleErrors(log));

  router.use('/api/v1', api);
  return router;
}

function methodNotAllowed(allow: string): RequestHandler {
  return (_req, res) => {
    res.set('Allow', allow);
    sendError(res, 405, 'method_not_allowed', `Use ${allow}`);
  };
}

function handleErrors(log: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    // body-parser errors carry `type` and a 4xx status.
    if (error?.type === 'entity.parse.failed') {
      return sendError(res, 400, 'invalid_json', 'The request body is not valid JSON');
    }
    if (error?.type === 'entity.too.large') {
      return sendError(res, 413, 'payload_too_large', 'The request body is too large');
    }
    if (typeof error?.status === 'number' && error.status >= 400 && error.status < 500) {
      return sendError(res, error.status, 'bad_request', 'The request could not be read');
    }
    // The logger keeps the name, code and frames of a library error, not its message (see serialize-error.ts).
    log.error({ err: error, method: req.method, route: req.route?.path }, 'staff api request failed');
    if (res.headersSent) return;
    sendError(res, 500, 'internal', 'Internal error');
  };
}
