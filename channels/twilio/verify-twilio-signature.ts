import type { Request } from 'express';
import twilio from 'twilio';

export interface VerifyTwilioSignatureOptions {
  authToken: string;
  /** Our public origin as configured in Twilio (e.g. https://bot.example.com): Twilio signs the URL it called, not the one we see behind a proxy. */
  publicBaseUrl: string;
  /** A request whose form body was already parsed into request.body. */
  request: Request;
}

/** True when X-Twilio-Signature proves the request came from Twilio with these exact parameters. */
export function verifyTwilioSignature({ authToken, publicBaseUrl, request }: VerifyTwilioSignatureOptions): boolean {
  const signature = request.get('X-Twilio-Signature');
  if (!signature) return false;
  // originalUrl keeps the router's mount path and the query string, both part of what Twilio signed.
  const url = publicBaseUrl.replace(/\/$/, '') + request.originalUrl;
  const params = isRecord(request.body) ? request.body : {};
  return twilio.validateRequest(authToken, signature, url, params);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
