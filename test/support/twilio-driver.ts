import { randomBytes } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import twilio from 'twilio';

export const newMessageSid = () => `SM${randomBytes(16).toString('hex')}`;

/** A phone writing to our Twilio number: signed webhooks exactly as Twilio sends them. */
export function twilioDriver({ app, authToken, publicBaseUrl, from, to, accountSid = 'AC' + '0'.repeat(32) }: { app: Express; authToken: string; publicBaseUrl: string; from: string; to: string; accountSid?: string }) {
  const path = '/webhooks/twilio/messaging';
  const post = (params: Record<string, string>, signature?: string) =>
    request(app)
      .post(path)
      .type('form')
      .set('X-Twilio-Signature', signature ?? twilio.getExpectedTwilioSignature(authToken, publicBaseUrl + path, params))
      .send(params);
  return {
    post,
    text: (body: string, sid = newMessageSid()) => post({ MessageSid: sid, SmsSid: sid, AccountSid: accountSid, From: from, To: to, Body: body, NumMedia: '0' }),
    media: (urls: { url: string; contentType: string }[], body = '', sid = newMessageSid()) =>
      post({
        MessageSid: sid,
        AccountSid: accountSid,
        From: from,
        To: to,
        Body: body,
        NumMedia: String(urls.length),
        ...Object.fromEntries(urls.flatMap((u, i) => [[`MediaUrl${i}`, u.url], [`MediaContentType${i}`, u.contentType]])),
      }),
  };
}
