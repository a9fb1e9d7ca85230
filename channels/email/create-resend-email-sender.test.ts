import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SendError, type OutboundEmail } from '../../bot/runtime/ports.js';
import { createResendEmailSender, type CreateResendEmailSenderOptions } from './create-resend-email-sender.js';

const RESEND = 'https://api.resend.com';
const API_KEY = 're_test_T911exampleNotReal';
const FROM = 'Ticket911 <recus@ticket911.example>';
const CLIENT = 'marie.tremblay@example.com';
const EMAIL_ID = 'email-out-5b0e9c1d';
const RESEND_ID = '49a3999c-0ce1-4ea6-ab68-afcd6dc2e794';
// A complete, tiny PDF: what the invoice renderer attaches, byte for byte.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

interface Recorded {
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

function sender(options: Partial<CreateResendEmailSenderOptions> = {}) {
  return createResendEmailSender({ apiKey: API_KEY, from: FROM, ...options });
}

function receipt(overrides: Partial<OutboundEmail> = {}): OutboundEmail {
  return {
    id: EMAIL_ID,
    to: CLIENT,
    subject: 'Reçu 2026-000042 — dossier T911-000123 — Ticket911',
    text: 'Merci, Marie. Nous avons reçu votre paiement de 573,73 $.',
    html: '<p>Merci, Marie. Nous avons reçu votre paiement de 573,73&nbsp;$.</p>',
    attachments: [{ filename: 'facture-2026-000042.pdf', contentType: 'application/pdf', content: PDF }],
    ...overrides,
  };
}

/** Intercepts POST /emails once with Resend's answer, recording the request. */
function interceptSend(status: number, body: object, headers: Record<string, string> = {}) {
  const recorded: Recorded[] = [];
  const scope = nock(RESEND)
    .post('/emails')
    .reply(function (_uri, requestBody) {
      recorded.push({ headers: this.req.headers, body: requestBody });
      return [status, body, headers];
    });
  return { scope, recorded };
}

async function sendError(promise: Promise<unknown>): Promise<SendError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SendError);
  return error as SendError;
}

describe('createResendEmailSender', () => {
  it('POSTs the email as Resend documents it, keyed by our email id', async () => {
    const { scope, recorded } = interceptSend(200, { id: RESEND_ID });

    const result = await sender({ replyTo: 'dossiers@ticket911.example' }).send(receipt());

    scope.done();
    expect(result).toEqual({ providerId: RESEND_ID, status: 'sent' });
    expect(recorded[0].body).toEqual({
      from: FROM,
      to: [CLIENT],
      subject: 'Reçu 2026-000042 — dossier T911-000123 — Ticket911',
      text: 'Merci, Marie. Nous avons reçu votre paiement de 573,73 $.',
      html: '<p>Merci, Marie. Nous avons reçu votre paiement de 573,73&nbsp;$.</p>',
      reply_to: 'dossiers@ticket911.example',
      attachments: [{ filename: 'facture-2026-000042.pdf', content: PDF.toString('base64'), content_type: 'application/pdf' }],
    });
    const body = recorded[0].body as { attachments: { content: string }[] };
    expect(Buffer.from(body.attachments[0].content, 'base64').equals(PDF)).toBe(true);
    expect(recorded[0].headers['idempotency-key']).toBe(EMAIL_ID);
    expect(recorded[0].headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(recorded[0].headers['content-type']).toBe('application/json');
  });

  it('sends no reply_to when none is configured, and an empty attachment list as is', async () => {
    const { recorded } = interceptSend(200, { id: RESEND_ID });
    await sender().send(receipt({ attachments: [] }));
    expect(recorded[0].body).not.toHaveProperty('reply_to');
    expect(recorded[0].body).toMatchObject({ attachments: [] });
  });

  it('uses baseUrl when given', async () => {
    const scope = nock('http://127.0.0.1:4010').post('/emails').reply(200, { id: RESEND_ID });
    await expect(sender({ baseUrl: 'http://127.0.0.1:4010' }).send(receipt())).resolves.toEqual({ providerId: RESEND_ID, status: 'sent' });
    scope.done();
  });

  it('a validation error (422) is final, coded by its name, and never quotes the address or the body', async () => {
    interceptSend(422, {
      statusCode: 422,
      name: 'validation_error',
      message: `Invalid \`to\` field: ${CLIENT}. The email address needs to follow the \`email@example.com\` format.`,
    });
    const error = await sendError(sender().send(receipt()));
    expect(error.options).toEqual({ retryable: false, code: 'validation_error' });
    expect(error.message).not.toContain(CLIENT);
    expect(error.message).not.toContain('Merci');
  });

  it('an unverified from domain (403) is final', async () => {
    interceptSend(403, { statusCode: 403, name: 'validation_error', message: 'The ticket911.example domain is not verified.' });
    const error = await sendError(sender().send(receipt()));
    expect(error.options).toMatchObject({ retryable: false, code: 'validation_error' });
  });

  it('the same key with another payload (409 invalid_idempotent_request) is final', async () => {
    interceptSend(409, { statusCode: 409, name: 'invalid_idempotent_request', message: 'Same idempotency key used with a different request payload.' });
    const error = await sendError(sender().send(receipt()));
    expect(error.options).toMatchObject({ retryable: false, code: 'invalid_idempotent_request' });
  });

  it('the same key still in flight (409 concurrent_idempotent_requests) is retryable', async () => {
    interceptSend(409, { statusCode: 409, name: 'concurrent_idempotent_requests', message: 'Same idempotency key used while original request is still in progress.' });
    const error = await sendError(sender().send(receipt()));
    expect(error.options).toMatchObject({ retryable: true, code: 'concurrent_idempotent_requests' });
  });

  it('a rate limit (429) is retryable after Retry-After', async () => {
    interceptSend(
      429,
      { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests. You can only make 2 requests per second.' },
      { 'retry-after': '2', 'ratelimit-limit': '2', 'ratelimit-remaining': '0', 'ratelimit-reset': '1' },
    );
    const error = await sendError(sender().send(receipt()));
    expect(error.options).toEqual({ retryable: true, code: 'rate_limit_exceeded', retryAfterMs: 2000 });
  });

  it('a rate limit without Retry-After is retryable with no delay of its own', async () => {
    interceptSend(429, { statusCode: 429, name: 'rate_limit_exceeded', message: 'Too many requests.' });
    const error = await sendError(sender().send(receipt()));
    expect(error.options).toEqual({ retryable: true, code: 'rate_limit_exceeded' });
  });

  it('an exhausted sending quota (429) is final: waiting minutes will not lift it', async () => {
    interceptSend(429, { statusCode: 429, name: 'daily_quota_exceeded', message: 'You have reached your daily email sending quota.' });
    const error = await sendError(sender().send(receipt()));
    expect(error.options).toMatchObject({ retryable: false, code: 'daily_quota_exceeded' });
  });

  it('a server error (500) is retryable', async () => {
    interceptSend(500, { statusCode: 500, name: 'internal_server_error', message: 'An unexpected error occurred.' });
    const error = await sendError(sender().send(receipt()));
    expect(error.options).toEqual({ retryable: true, code: 'internal_server_error' });
  });

  it('a 502 page that is not JSON is retryable', async () => {
    nock(RESEND).post('/emails').reply(502, '<html>Bad Gateway</html>', { 'content-type': 'text/html' });
    const error = await sendError(sender().send(receipt()));
    expect(error.options).toMatchObject({ retryable: true, code: 'application_error' });
  });

  it('a network failure is retryable', async () => {
    nock(RESEND)
      .post('/emails')
      .replyWithError(Object.assign(new Error('getaddrinfo EAI_AGAIN api.resend.com'), { code: 'EAI_AGAIN' }));
    const error = await sendError(sender().send(receipt()));
    expect(error.options).toEqual({ retryable: true, code: 'network_error' });
  });

  it('gives up on a silent server after timeoutMs, retryably', async () => {
    nock(RESEND).post('/emails').delay(10_000).reply(200, { id: RESEND_ID });
    const error = await sendError(sender({ timeoutMs: 50 }).send(receipt()));
    expect(error.options).toEqual({ retryable: true, code: 'network_error' });
  });
});
