/**
 * Twilio channel adapter (SMS, MMS, WhatsApp).
 *
 * Inbound: Twilio POSTs form-encoded webhooks here. We verify X-Twilio-Signature,
 * convert the payload into an InboundMessage and hand it to the runtime's
 * InboundPort. We acknowledge (200 + empty TwiML) only once the runtime has
 * durably stored the message; if it cannot, we answer 503 so Twilio retries,
 * and the runtime deduplicates retries on MessageSid. Replies never go in the
 * TwiML: the runtime decides them and sends them through the outbox
 * (createTwilioSenders), so a slow flow never delays the acknowledgement.
 *
 * Delivery receipts: Twilio POSTs status callbacks (StatusCallback set by the
 * senders) to /webhooks/twilio/status; they go to the DeliveryStatusPort.
 *
 * Outbound: createTwilioSenders. Media: createTwilioMediaFetcher.
 * No business rules here (STOP keywords, replies, markets): the runtime owns them.
 */
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import type { DeliveryStatusPort, InboundPort } from '../../bot/runtime/ports.js';
import { sendJsonError } from '../../bot/http/send-json-error.js';
import type { Logger } from '../../bot/logging/create-logger.js';
import { convertTwilioMessage } from './convert-twilio-message.js';
import { convertTwilioStatus } from './convert-twilio-status.js';
import { verifyTwilioSignature } from './verify-twilio-signature.js';

export interface CreateTwilioRouterOptions {
  authToken: string;
  /** Origin Twilio calls (config.server.publicBaseUrl): part of the signed URL. */
  publicBaseUrl: string;
  inbound: InboundPort;
  deliveryStatus: DeliveryStatusPort;
  logger: Logger;
  /** The service's clock: the time a message arrived opens WhatsApp's 24-hour window. */
  now?: () => Date;
}

const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

export function createTwilioRouter({ authToken, publicBaseUrl, inbound, deliveryStatus, logger, now = () => new Date() }: CreateTwilioRouterOptions): Router {
  const log = logger.child({ channel: 'twilio' });
  const router = express.Router();
  // Twilio bodies are a few KB; 1 MB leaves room for long WhatsApp texts and 10 media URLs.
  const parseForm = express.urlencoded({ extended: false, limit: '1mb' });

  /** Rejects unsigned or forged requests before anything reads their content. */
  const isFromTwilio = (request: Request, response: Response): boolean => {
    if (verifyTwilioSignature({ authToken, publicBaseUrl, request })) return true;
    log.warn({ path: request.path, hasSignature: Boolean(request.get('X-Twilio-Signature')) }, 'twilio webhook rejected: bad signature');
    sendJsonError(response, { status: 403, code: 'invalid_signature', message: 'X-Twilio-Signature is missing or does not match' });
    return false;
  };

  router.post('/webhooks/twilio/messaging', parseForm, async (request, response) => {
    if (!isFromTwilio(request, response)) return;
    const converted = convertTwilioMessage({ params: request.body ?? {}, receivedAt: now() });
    if (!converted.success) {
      log.warn({ issues: converted.issues }, 'twilio message rejected: invalid payload');
      sendJsonError(response, { status: 400, code: 'invalid_payload', message: `Invalid Twilio message: ${converted.issues.join('; ')}` });
      return;
    }
    const { message } = converted;
    try {
      const result = await inbound.accept(message);
      log.info(
        { providerId: message.providerId, kind: message.channel, media: message.media.length, duplicate: result.duplicate, messageId: result.messageId },
        'twilio message accepted',
      );
    } catch (error) {
      // Not stored, so not acknowledged: Twilio retries and the retry carries the same MessageSid.
      log.error({ err: error, providerId: message.providerId }, 'twilio message not stored');
      sendJsonError(response, { status: 503, code: 'unavailable', message: 'The message could not be stored; retry later' });
      return;
    }
    response.status(200).type('text/xml').send(EMPTY_TWIML);
  });

  router.post('/webhooks/twilio/status', parseForm, async (request, response) => {
    if (!isFromTwilio(request, response)) return;
    const converted = convertTwilioStatus({ params: request.body ?? {} });
    if (!converted.success) {
      log.warn({ issues: converted.issues }, 'twilio status rejected: invalid payload');
      sendJsonError(response, { status: 400, code: 'invalid_payload', message: `Invalid Twilio status callback: ${converted.issues.join('; ')}` });
      return;
    }
    try {
      const known = await deliveryStatus.record(converted.update);
      log.debug({ providerId: converted.update.providerId, status: converted.update.status, known }, 'twilio status recorded');
    } catch (error) {
      log.error({ err: error, providerId: converted.update.providerId }, 'twilio status not recorded');
      sendJsonError(response, { status: 503, code: 'unavailable', message: 'The status could not be recorded; retry later' });
      return;
    }
    response.status(204).end();
  });

  // Body-parser failures (too large, bad encoding) answered in our JSON error shape.
  // Only errors of this router's routes reach it: express does not pass upstream errors into a mounted router.
  const handleParseError: ErrorRequestHandler = (error, request, response, next) => {
    const status = typeof error?.status === 'number' ? error.status : undefined;
    if (response.headersSent || status === undefined || status < 400 || status >= 500) {
      next(error);
      return;
    }
    log.warn({ path: request.path, status, type: error.type }, 'twilio webhook body rejected');
    if (status === 413) sendJsonError(response, { status: 413, code: 'payload_too_large', message: 'The request body exceeds 1 MB' });
    else sendJsonError(response, { status, code: 'invalid_body', message: 'The request body could not be parsed' });
  };
  router.use(handleParseError);

  return router;
}

