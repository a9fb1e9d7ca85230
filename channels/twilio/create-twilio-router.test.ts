import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import twilio from 'twilio';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AcceptResult, InboundMessage } from '../../bot/runtime/ports.js';
import { createTwilioRouter } from './create-twilio-router.js';

const AUTH_TOKEN = '12345678901234567890123456789012';
const PUBLIC_BASE_URL = 'https://bot.example.com';
const MESSAGE_SID = 'SM0123456789abcdef0123456789abcdef';
const MMS_SID = 'MM0123456789abcdef0123456789abcdef';
const ACCOUNT_SID = 'ACabcdef0123456789abcdef0123456789';
const DRIVER = '+15145550142';
const OUR_NUMBER = '+15145550100';
const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';
const MESSAGING_PATH = '/webhooks/twilio/messaging';
const STATUS_PATH = '/webhooks/twilio/status';

function sign(path: string, params: Record<string, string>): string {
  return twilio.getExpectedTwilioSignature(AUTH_TOKEN, PUBLIC_BASE_URL + path, params);
}

function smsParams(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    MessageSid: MESSAGE_SID,
    SmsSid: MESSAGE_SID,
    AccountSid: ACCOUNT_SID,
    From: DRIVER,
    To: OUR_NUMBER,
    Body: 'I got a speeding ticket on the 40',
    NumMedia: '0',
    NumSegments: '1',
    ...overrides,
  };
}

function setup({ mountPath }: { mountPath?: string } = {}) {
  const accepted: InboundMessage[] = [];
  const recorded: { providerId: string; status: string; errorCode?: string }[] = [];
  const logLines: string[] = [];
  const ports = {
    acceptImpl: async (_message: InboundMessage): Promise<AcceptResult> => ({ conversationId: 'c1', messageId: 'm1', duplicate: false }),
    recordImpl: async () => true,
  };
  const logger = pino(
    { level: 'trace' },
    new Writable({
      write(chunk, _encoding, callback) {
        logLines.push(String(chunk));
        callback();
      },
    }),
  );
  const router = createTwilioRouter({
    authToken: AUTH_TOKEN,
    publicBaseUrl: PUBLIC_BASE_URL,
    inbound: {
      accept: async (message) => {
        accepted.push(message);
        return ports.acceptImpl(message);
      },
    },
    deliveryStatus: {
      record: async (update) => {
        recorded.push(update);
        return ports.recordImpl();
      },
    },
    logger,
  });
  const app = express();
  if (mountPath) app.use(mountPath, router);
  else app.use(router);
  return { app, accepted, recorded, ports, logLines };
}

function postForm(app: express.Express, path: string, params: Record<string, string>, signature?: string) {
  const call = request(app).post(path).type('form');
  if (signature !== undefined) call.set('X-Twilio-Signature', signature);
  return call.send(params);
}

describe('POST /webhooks/twilio/messaging', () => {
  let ctx: ReturnType<typeof setup>;
  beforeEach(() => {
    ctx = setup();
  });

  it('accepts a signed SMS, then acknowledges with empty TwiML', async () => {
    const params = smsParams();
    const response = await postForm(ctx.app, MESSAGING_PATH, params, sign(MESSAGING_PATH, params));

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/xml/);
    expect(response.text).toBe(EMPTY_TWIML);
    expect(ctx.accepted).toHaveLength(1);
    expect(ctx.accepted[0]).toEqual({
      channel: 'sms',
      address: DRIVER,
      recipient: OUR_NUMBER,
      providerId: MESSAGE_SID,
      text: 'I got a speeding ticket on the 40',
      media: [],
      receivedAt: expect.any(Date),
    });
  });

  it('converts an MMS with two media', async () => {
    const params = smsParams({
      MessageSid: MMS_SID,
      Body: '',
      NumMedia: '2',
      MediaUrl0: `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${MMS_SID}/Media/ME00000000000000000000000000000000`,
      MediaContentType0: 'image/jpeg',
      MediaUrl1: `https://api.twilio.com/2010-04-01/Accounts/${ACCOUNT_SID}/Messages/${MMS_SID}/Media/ME11111111111111111111111111111111`,
      MediaContentType1: 'application/pdf',
    });
    const response = await postForm(ctx.app, MESSAGING_PATH, params, sign(MESSAGING_PATH, params));

    expect(response.status).toBe(200);
    expect(ctx.accepted[0]).toMatchObject({ channel: 'sms', providerId: MMS_SID, text: undefined });
    expect(ctx.accepted[0]?.media).toEqual([
      { url: params.MediaUrl0, contentType: 'image/jpeg' },
      { url: params.MediaUrl1, contentType: 'application/pdf' },
    ]);
  });

  it('converts a WhatsApp message: channel whatsapp, prefixes removed', async () => {
    const params = smsParams({
      From: `whatsapp:${DRIVER}`,
      To: 'whatsapp:+14155238886',
      WaId: DRIVER.slice(1),
      ProfileName: 'Jean',
      Body: 'Bonjour',
    });
    const response = await postForm(ctx.app, MESSAGING_PATH, params, sign(MESSAGING_PATH, params));

    expect(response.status).toBe(200);
    expect(ctx.accepted[0]).toMatchObject({ channel: 'whatsapp', address: DRIVER, recipient: '+14155238886', text: 'Bonjour' });
  });

  it('verifies the signature against the URL including the mount path and query string', async () => {
    ctx = setup({ mountPath: '/api' });
    const path = `/api${MESSAGING_PATH}?market=qc`;
    const params = smsParams();
    const response = await postForm(ctx.app, path, params, sign(path, params));

    expect(response.status).toBe(200);
    expect(ctx.accepted).toHaveLength(1);
  });

  it('rejects an invalid signature with 403 and does not accept the message', async () => {
    const params = smsParams();
    const forged = { ...params, Body: 'tampered' };
    const response = await postForm(ctx.app, MESSAGING_PATH, forged, sign(MESSAGING_PATH, params));

    expect(response.status).toBe(403);
    expect(response.body).toEqual({ error: { code: 'invalid_signature', message: expect.any(String) } });
    expect(ctx.accepted).toHaveLength(0);
  });

  it('rejects a signature made with another auth token', async () => {
    const params = smsParams();
    const signature = twilio.getExpectedTwilioSignature('another-token', PUBLIC_BASE_URL + MESSAGING_PATH, params);
    const response = await postForm(ctx.app, MESSAGING_PATH, params, signature);

    expect(response.status).toBe(403);
    expect(ctx.accepted).toHaveLength(0);
  });

  it('rejects a missing signature with 403', async () => {
    const response = await postForm(ctx.app, MESSAGING_PATH, smsParams());

    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('invalid_signature');
    expect(ctx.accepted).toHaveLength(0);
  });

  it('rejects a signed but invalid payload with 400', async () => {
    const params = smsParams({ MessageSid: 'not-a-sid' });
    const response = await postForm(ctx.app, MESSAGING_PATH, params, sign(MESSAGING_PATH, params));

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('invalid_payload');
    expect(ctx.accepted).toHaveLength(0);
  });

  it('answers 413 in JSON for a body over 1 MB', async () => {
    const params = smsParams({ Body: 'x'.repeat(1024 * 1024 + 1) });
    const response = await postForm(ctx.app, MESSAGING_PATH, params, sign(MESSAGING_PATH, params));

    expect(response.status).toBe(413);
    expect(response.body).toEqual({ error: { code: 'payload_too_large', message: expect.any(String) } });
    expect(ctx.accepted).toHaveLength(0);
  });

  it('answers 503 and no TwiML when the message could not be stored', async () => {
    ctx.ports.acceptImpl = async () => {
      throw new Error('database down');
    };
    const params = smsParams();
    const response = await postForm(ctx.app, MESSAGING_PATH, params, sign(MESSAGING_PATH, params));

    expect(response.status).toBe(503);
    expect(response.body).toEqual({ error: { code: 'unavailable', message: expect.any(String) } });
  });

  it('acknowledges only after accept resolves', async () => {
    let release!: () => void;
    ctx.ports.acceptImpl = () =>
      new Promise((resolve) => {
        release = () => resolve({ conversationId: 'c1', messageId: 'm1', duplicate: false });
      });
    const params = smsParams();
    let answered = false;
    const pending = postForm(ctx.app, MESSAGING_PATH, params, sign(MESSAGING_PATH, params)).then((response) => {
      answered = true;
      return response;
    });
    await vi.waitFor(() => expect(ctx.accepted).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(answered).toBe(false);
    release();
    expect((await pending).status).toBe(200);
  });

  it('acknowledges a duplicate the same way', async () => {
    ctx.ports.acceptImpl = async () => ({ conversationId: 'c1', messageId: 'm1', duplicate: true });
    const params = smsParams();
    const response = await postForm(ctx.app, MESSAGING_PATH, params, sign(MESSAGING_PATH, params));

    expect(response.status).toBe(200);
    expect(response.text).toBe(EMPTY_TWIML);
  });

  it('logs neither the phone numbers nor the text', async () => {
    const params = smsParams({ Body: 'my licence is L1234-567' });
    await postForm(ctx.app, MESSAGING_PATH, params, sign(MESSAGING_PATH, params));
    await postForm(ctx.app, MESSAGING_PATH, params, 'bad');
    ctx.ports.acceptImpl = async () => {
      throw new Error('database down');
    };
    await postForm(ctx.app, MESSAGING_PATH, params, sign(MESSAGING_PATH, params));

    const logged = ctx.logLines.join('\n');
    expect(ctx.logLines.length).toBeGreaterThan(0);
    expect(logged).not.toContain('L1234-567');
    expect(logged).not.toContain(DRIVER.slice(1));
    expect(logged).not.toContain(OUR_NUMBER.slice(1));
  });
});

describe('POST /webhooks/twilio/status', () => {
  let ctx: ReturnType<typeof setup>;
  beforeEach(() => {
    ctx = setup();
  });

  const statusParams = (overrides: Record<string, string> = {}) => ({
    MessageSid: MESSAGE_SID,
    SmsSid: MESSAGE_SID,
    AccountSid: ACCOUNT_SID,
    MessageStatus: 'delivered',
    SmsStatus: 'delivered',
    From: OUR_NUMBER,
    To: DRIVER,
    ApiVersion: '2010-04-01',
    ...overrides,
  });

  it('records a delivery status and answers 204', async () => {
    const params = statusParams();
    const response = await postForm(ctx.app, STATUS_PATH, params, sign(STATUS_PATH, params));

    expect(response.status).toBe(204);
    expect(ctx.recorded).toEqual([{ providerId: MESSAGE_SID, status: 'delivered' }]);
  });

  it('records the error code of an undelivered message', async () => {
    const params = statusParams({ MessageStatus: 'undelivered', ErrorCode: '30003' });
    const response = await postForm(ctx.app, STATUS_PATH, params, sign(STATUS_PATH, params));

    expect(response.status).toBe(204);
    expect(ctx.recorded).toEqual([{ providerId: MESSAGE_SID, status: 'undelivered', errorCode: '30003' }]);
  });

  it('rejects a bad signature with 403 and records nothing', async () => {
    const params = statusParams();
    const response = await postForm(ctx.app, STATUS_PATH, { ...params, MessageStatus: 'read' }, sign(STATUS_PATH, params));

    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('invalid_signature');
    expect(ctx.recorded).toHaveLength(0);
  });

  it('rejects a missing MessageStatus with 400', async () => {
    const { MessageStatus: _omitted, ...params } = statusParams();
    const response = await postForm(ctx.app, STATUS_PATH, params, sign(STATUS_PATH, params));

    expect(response.status).toBe(400);
    expect(ctx.recorded).toHaveLength(0);
  });

  it('answers 503 when the status could not be recorded', async () => {
    ctx.ports.recordImpl = async () => {
      throw new Error('database down');
    };
    const params = statusParams();
    const response = await postForm(ctx.app, STATUS_PATH, params, sign(STATUS_PATH, params));

    expect(response.status).toBe(503);
  });
});
