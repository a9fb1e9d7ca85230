import twilio from 'twilio';

export interface BuildTwilioWebhookOptions {
  authToken: string;
  accountSid: string;
  /** The exact URL Twilio would call (PUBLIC_BASE_URL + path): part of the signature. */
  url: string;
  to: string;
  from: string;
  body: string;
  messageSid: string;
}

export interface TwilioWebhook {
  body: string;
  headers: Record<string, string>;
}

/**
 * One inbound SMS webhook as Twilio sends it: the form fields of a real
 * delivery, in Twilio's order, and X-Twilio-Signature computed with the SDK's
 * own algorithm (HMAC-SHA1 of the URL and the sorted parameters).
 */
export function buildTwilioWebhook({ authToken, accountSid, url, to, from, body, messageSid }: BuildTwilioWebhookOptions): TwilioWebhook {
  const params: Record<string, string> = {
    ToCountry: 'CA', ToState: 'QC', SmsMessageSid: messageSid, NumMedia: '0', ToCity: 'MONTREAL', FromZip: '', SmsSid: messageSid,
    FromState: 'QC', SmsStatus: 'received', FromCity: 'MONTREAL', Body: body, FromCountry: 'CA', To: to, ToZip: '',
    NumSegments: '1', MessageSid: messageSid, AccountSid: accountSid, From: from, ApiVersion: '2010-04-01',
  };
  const form = new URLSearchParams(params).toString();
  return {
    body: form,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilio.getExpectedTwilioSignature(authToken, url, params),
      'user-agent': 'TwilioProxy/1.1',
    },
  };
}

/** Driver texts to send: recognisable, so the log scan can look for each; some carry a licence number or a token-like code. */
export const BENCH_BODIES = [
  'Bonjour, je veux contester mon constat de vitesse SVP',
  'Hi, I got a speeding ticket on the 401 and want to fight it',
  'Mon permis est L1234-567890-12, pouvez-vous m aider?',
  'My licence number is A1234-12345-12345 thanks',
  'Voici mon code de suivi tok_5f3a9c1e7b2d4f60a8 merci',
  'Hola, recibí una multa por exceso de velocidad en Nueva York',
];

/** A distinct North American sender per request index: +1 514 then seven digits from the index (exchange code 2xx–9xx, like a real number). */
export function senderFor(index: number): string {
  return `+1514${2_000_000 + (index % 8_000_000)}`;
}

/** A MessageSid unique to this run and index (SM + 32 hex). */
export function messageSidFor(runId: string, index: number): string {
  return `SM${runId.slice(0, 16).padEnd(16, '0')}${index.toString(16).padStart(16, '0')}`;
}
