import twilio from 'twilio';
import { z } from 'zod';
import type { SendResult } from '../../bot/runtime/ports.js';
import { convertTwilioError } from './convert-twilio-error.js';

const createdSchema = z.object({ sid: z.string().regex(/^[A-Z]{2}[0-9a-fA-F]{32}$/), status: z.string().optional() });

/** Form fields of Twilio's "Create a Message" request, with Twilio's names. */
export interface TwilioMessageFields {
  To: string;
  From: string;
  Body?: string;
  ContentSid?: string;
  ContentVariables?: string;
  StatusCallback?: string;
}

export interface SendTwilioMessageOptions {
  client: twilio.Twilio;
  fields: TwilioMessageFields;
}

/**
 * POST /2010-04-01/Accounts/{sid}/Messages.json. Throws a SendError on failure.
 *
 * We go through client.request() rather than client.messages.create(): the SDK's
 * RestException drops the response headers, and the outbox needs Retry-After on 429.
 * client.request() still applies the client's auth, base URL, edge/region and user agent.
 */
export async function sendTwilioMessage({ client, fields }: SendTwilioMessageOptions): Promise<SendResult> {
  const data = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  let response: { statusCode: number; body: unknown; headers?: Record<string, unknown> };
  try {
    response = await client.request({
      method: 'post',
      uri: client.api.v2010.absoluteUrl(`Accounts/${client.accountSid}/Messages.json`),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      data,
    });
  } catch (error) {
    throw convertTwilioError({ error });
  }

  const body = parseBody(response.body);
  if (response.statusCode < 200 || response.statusCode >= 300) {
    const retryAfter = response.headers?.['retry-after'];
    throw convertTwilioError({
      error: new twilio.RestException({ statusCode: response.statusCode, body }),
      retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined,
    });
  }
  const created = createdSchema.safeParse(body);
  if (!created.success) {
    // Accepted but unreadable: the message probably left, so no blind retry (findSent can still recover it).
    throw convertTwilioError({ error: new Error('Twilio answered 2xx without a message sid') });
  }
  const { sid, status } = created.data;
  return status === undefined ? { providerId: sid } : { providerId: sid, status };
}

function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') return body ?? null;
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}
