import pino from 'pino';
import twilio from 'twilio';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SendError, type OutboundMessage } from '../../bot/runtime/ports.js';
import { createTwilioSenders } from './create-twilio-senders.js';
import { startRecordingServer, type RecordedRequest, type RecordingServer } from './test-support/start-recording-server.js';

const ACCOUNT_SID = 'ACabcdef0123456789abcdef0123456789';
const AUTH_TOKEN = 'test-auth-token';
const MESSAGES_PATH = `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`;
const STATUS_CALLBACK = 'https://bot.example.com/webhooks/twilio/status';
const QC = '+15145550100';
const ON = '+14165550100';
const WHATSAPP = '+14155238886';
const DRIVER = '+15145550142';
const SID = 'SM0123456789abcdef0123456789abcdef';
const TEMPLATE_DEFAULT = 'HX00000000000000000000000000000000';
const TEMPLATE_UPDATE = 'HX11111111111111111111111111111111';
const HOUR = 60 * 60 * 1000;

/** Twilio's Message resource, as documented for POST/GET …/Messages.json. */
function messageResource(fields: { sid?: string; to: string; from: string; body: string; status?: string; dateSent?: string | null }) {
  const sid = fields.sid ?? SID;
  return {
    account_sid: ACCOUNT_SID,
    api_version: '2010-04-01',
    body: fields.body,
    date_created: 'Sat, 01 Mar 2025 12:00:00 +0000',
    date_sent: fields.dateSent === undefined ? null : fields.dateSent,
    date_updated: 'Sat, 01 Mar 2025 12:00:00 +0000',
    direction: 'outbound-api',
    error_code: null,
    error_message: null,
    from: fields.from,
    messaging_service_sid: null,
    num_media: '0',
    num_segments: '1',
    price: null,
    price_unit: 'USD',
    sid,
    status: fields.status ?? 'queued',
    subresource_uris: { media: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${sid}/Media.json` },
    to: fields.to,
    uri: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${sid}.json`,
  };
}

function twilioError(status: number, code: number, message: string) {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

/** Answers a create like Twilio: 201 with the resource built from the form. */
const created = (request: RecordedRequest) => ({
  status: 201,
  body: messageResource({ to: request.form.To ?? '', from: request.form.From ?? '', body: request.form.Body ?? '' }),
});

let server: RecordingServer;

const sid = (contentSid: string) => ({ contentSid, variables: null });

function makeSenders(overrides: { whatsappTemplates?: Record<string, { contentSid: string; variables: string[] | null }>; baseUrl?: string } = {}) {
  const client = twilio(ACCOUNT_SID, AUTH_TOKEN);
  client.api.baseUrl = overrides.baseUrl ?? server.origin;
  return createTwilioSenders({
    client,
    numbers: { on: ON, qc: QC },
    whatsappNumber: WHATSAPP,
    whatsappTemplates: overrides.whatsappTemplates ?? { default: sid(TEMPLATE_DEFAULT), case_update: sid(TEMPLATE_UPDATE) },
    statusCallbackUrl: STATUS_CALLBACK,
    logger: pino({ level: 'silent' }),
  });
}

function outbound(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  return { messageId: 'msg-1', channel: 'sms', address: DRIVER, text: 'Send us a photo of your ticket', ...overrides };
}

async function sendError(promise: Promise<unknown>): Promise<SendError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SendError);
  return error as SendError;
}

beforeEach(async () => {
  server = await startRecordingServer();
  server.reply = created;
});
afterEach(async () => {
  await server.close();
});

describe('SMS sender', () => {
  it('posts To, From, Body and StatusCallback with Basic auth, and returns the SID', async () => {
    const { sms } = makeSenders();
    const result = await sms.send(outbound({ from: ON }));

    expect(result).toEqual({ providerId: SID, status: 'queued' });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe(MESSAGES_PATH);
    expect(request?.headers.authorization).toBe(`Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`);
    expect(request?.form).toEqual({ To: DRIVER, From: ON, Body: 'Send us a photo of your ticket', StatusCallback: STATUS_CALLBACK });
  });

  it('sends from the first configured number when the message has no from', async () => {
    const { sms } = makeSenders();
    await sms.send(outbound());
    expect(server.requests[0]?.form.From).toBe(QC);
  });

  it('maps 429 with Retry-After to a retryable error with retryAfterMs', async () => {
    server.reply = () => ({ status: 429, headers: { 'Retry-After': '7' }, body: twilioError(429, 20429, 'Too Many Requests') });
    const error = await sendError(makeSenders().sms.send(outbound()));
    expect(error.options).toEqual({ retryable: true, code: '20429', retryAfterMs: 7000 });
  });

  it('maps 429 without Retry-After to a retryable error without delay', async () => {
    server.reply = () => ({ status: 429, body: twilioError(429, 20429, 'Too Many Requests') });
    const error = await sendError(makeSenders().sms.send(outbound()));
    expect(error.options).toEqual({ retryable: true, code: '20429' });
  });

  it('maps 500 to a retryable error', async () => {
    server.reply = () => ({ status: 500, body: twilioError(500, 20500, 'Internal Server Error') });
    const error = await sendError(makeSenders().sms.send(outbound()));
    expect(error.options.retryable).toBe(true);
  });

  it('maps 503 without a JSON body to a retryable error', async () => {
    server.reply = () => ({ status: 503, body: '<html>Service Unavailable</html>' });
    const error = await sendError(makeSenders().sms.send(outbound()));
    expect(error.options).toEqual({ retryable: true, code: 'http_503' });
  });

  it('maps 400 code 21610 (unsubscribed) to a final error carrying the code, without the phone number', async () => {
    server.reply = () => ({ status: 400, body: twilioError(400, 21610, `Attempt to send to unsubscribed recipient ${DRIVER}`) });
    const error = await sendError(makeSenders().sms.send(outbound()));
    expect(error.options).toEqual({ retryable: false, code: '21610' });
    expect(error.message).not.toContain(DRIVER);
  });

  it('maps 400 code 21211 (invalid number) to a final error', async () => {
    server.reply = () => ({ status: 400, body: twilioError(400, 21211, "The 'To' number is not a valid phone number.") });
    const error = await sendError(makeSenders().sms.send(outbound()));
    expect(error.options).toEqual({ retryable: false, code: '21211' });
  });

  it('maps a network failure to a retryable error', async () => {
    const closed = await startRecordingServer();
    await closed.close();
    const error = await sendError(makeSenders({ baseUrl: closed.origin }).sms.send(outbound()));
    expect(error.options).toEqual({ retryable: true, code: 'network_error' });
  });
});

describe('WhatsApp sender', () => {
  it('sends free text inside the 24-hour window', async () => {
    const { whatsapp } = makeSenders();
    const result = await whatsapp.send(outbound({ channel: 'whatsapp', lastInboundAt: new Date(Date.now() - 23 * HOUR), templateKey: 'case_update' }));

    expect(result.providerId).toBe(SID);
    expect(server.requests[0]?.form).toEqual({
      To: `whatsapp:${DRIVER}`,
      From: `whatsapp:${WHATSAPP}`,
      Body: 'Send us a photo of your ticket',
      StatusCallback: STATUS_CALLBACK,
    });
  });

  it('sends the approved template for the key outside the window', async () => {
    const { whatsapp } = makeSenders();
    await whatsapp.send(
      outbound({ channel: 'whatsapp', lastInboundAt: new Date(Date.now() - 25 * HOUR), templateKey: 'case_update', templateVars: { '1': 'Jean' } }),
    );

    expect(server.requests[0]?.form).toEqual({
      To: `whatsapp:${DRIVER}`,
      From: `whatsapp:${WHATSAPP}`,
      ContentSid: TEMPLATE_UPDATE,
      ContentVariables: '{"1":"Jean"}',
      StatusCallback: STATUS_CALLBACK,
    });
  });

  it('fills a template numbered {{1}}, {{2}} from the configured variable names, in order (a hearing reminder)', async () => {
    const { whatsapp } = makeSenders({ whatsappTemplates: { 'reminder.hearing1': { contentSid: TEMPLATE_UPDATE, variables: ['caseNumber', 'date', 'time', 'court'] } } });
    await whatsapp.send(
      outbound({
        channel: 'whatsapp',
        lastInboundAt: new Date(Date.now() - 3 * 24 * HOUR),
        templateKey: 'reminder.hearing1',
        templateVars: { caseNumber: 'T911-000042', date: 'November 5, 2026', time: '09:30', court: 'Old City Hall', bring: 'the ticket' },
      }),
    );
    expect(server.requests[0]?.form).toMatchObject({ ContentSid: TEMPLATE_UPDATE, ContentVariables: '{"1":"T911-000042","2":"November 5, 2026","3":"09:30","4":"Old City Hall"}' });
  });

  it('falls back to the default template, with empty variables, when the key has none or no inbound is known', async () => {
    const { whatsapp } = makeSenders();
    await whatsapp.send(outbound({ channel: 'whatsapp', templateKey: 'unknown_key' }));

    expect(server.requests[0]?.form).toMatchObject({ ContentSid: TEMPLATE_DEFAULT, ContentVariables: '{}' });
    expect(server.requests[0]?.form.Body).toBeUndefined();
  });

  it('fails without retry outside the window when no template is configured, sending nothing', async () => {
    const { whatsapp } = makeSenders({ whatsappTemplates: {} });
    const error = await sendError(whatsapp.send(outbound({ channel: 'whatsapp', lastInboundAt: new Date(Date.now() - 25 * HOUR) })));

    expect(error.options).toEqual({ retryable: false, code: 'whatsapp_window_closed' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('missing configuration', () => {
  it('fails SMS and WhatsApp sends without retry when no number is configured', async () => {
    const client = twilio(ACCOUNT_SID, AUTH_TOKEN);
    client.api.baseUrl = server.origin;
    const { sms, whatsapp } = createTwilioSenders({ client, numbers: {}, whatsappTemplates: {}, logger: pino({ level: 'silent' }) });

    expect((await sendError(sms.send(outbound()))).options).toEqual({ retryable: false, code: 'sms_not_configured' });
    expect((await sendError(whatsapp.send(outbound({ channel: 'whatsapp' })))).options).toEqual({ retryable: false, code: 'whatsapp_not_configured' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('findSent', () => {
  const since = new Date('2025-03-01T11:59:30.250Z');

  it('finds the message with the same text and returns its SID', async () => {
    server.reply = (request) => ({
      status: 200,
      body: {
        first_page_uri: `${MESSAGES_PATH}?PageSize=50&Page=0`,
        end: 1,
        previous_page_uri: null,
        messages: [
          messageResource({ sid: 'SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', to: DRIVER, from: ON, body: 'Another reply', status: 'delivered' }),
          messageResource({ sid: 'SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', to: DRIVER, from: ON, body: 'Send us a photo of your ticket', status: 'sent' }),
        ],
        uri: `${request.path}?PageSize=50&Page=0`,
        page_size: 50,
        start: 0,
        next_page_uri: null,
        page: 0,
      },
    });
    const result = await makeSenders().sms.findSent?.(outbound({ from: ON }), since);

    expect(result).toEqual({ providerId: 'SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', status: 'sent' });
    const [request] = server.requests;
    expect(request?.method).toBe('GET');
    expect(request?.path).toBe(MESSAGES_PATH);
    expect(request?.query).toEqual({ To: DRIVER, From: ON, PageSize: '50' });
  });

  it('finds a message still queued at Twilio (no sent date yet) but not one created before the claim', async () => {
    const list = (dateCreated: string) => ({
      status: 200,
      body: { messages: [{ ...messageResource({ to: DRIVER, from: ON, body: 'Send us a photo of your ticket', dateSent: null }), date_created: dateCreated }], next_page_uri: null, page: 0, page_size: 50, uri: MESSAGES_PATH },
    });
    server.reply = () => list('Sat, 01 Mar 2025 12:00:00 +0000');
    expect(await makeSenders().sms.findSent?.(outbound({ from: ON }), since)).toEqual({ providerId: SID, status: 'queued' });
    server.reply = () => list('Sat, 01 Mar 2025 11:50:00 +0000');
    expect(await makeSenders().sms.findSent?.(outbound({ from: ON }), since)).toBeNull();
  });

  it('returns null when no message has the text', async () => {
    server.reply = () => ({
      status: 200,
      body: {
        messages: [messageResource({ to: DRIVER, from: QC, body: 'Another reply' })],
        next_page_uri: null,
        page: 0,
        page_size: 50,
        uri: MESSAGES_PATH,
      },
    });
    expect(await makeSenders().sms.findSent?.(outbound(), since)).toBeNull();
    expect(server.requests[0]?.query.From).toBe(QC);
  });

  it('looks WhatsApp messages up with whatsapp: addresses', async () => {
    server.reply = () => ({ status: 200, body: { messages: [], next_page_uri: null, page: 0, page_size: 50, uri: MESSAGES_PATH } });
    expect(await makeSenders().whatsapp.findSent?.(outbound({ channel: 'whatsapp' }), since)).toBeNull();
    expect(server.requests[0]?.query).toMatchObject({ To: `whatsapp:${DRIVER}`, From: `whatsapp:${WHATSAPP}` });
  });
});
