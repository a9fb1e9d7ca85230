import { startRecordingServer, type RecordedRequest, type ScriptedReply } from '../../channels/twilio/test-support/start-recording-server.js';

export interface FakeTwilioMessage {
  sid: string;
  to: string;
  from: string;
  body: string;
  form: Record<string, string>;
  dateSent: string;
}

export interface FakeTwilio {
  baseUrl: string;
  accountSid: string;
  authToken: string;
  /** Every Messages.json POST, in order. */
  sent: FakeTwilioMessage[];
  /** Media served at /media/<name> behind Basic auth. */
  media: Map<string, { data: Buffer; contentType: string }>;
  /** Next POST answers: scripted failures (status, headers) before success. */
  failNext: { status: number; headers?: Record<string, string>; code?: number }[];
  close(): Promise<void>;
}

/**
 * Stands in for api.twilio.com on loopback (twilio 6's axios does not work
 * under nock here): the documented Messages create/list resources and media
 * behind HTTP Basic auth, as replies of the channel tests' recording server.
 * The real SDK talks to it via client.api.baseUrl.
 */
export async function startFakeTwilio({ accountSid = 'AC' + '0'.repeat(32), authToken = 'test-auth-token', now = () => new Date() }: { accountSid?: string; authToken?: string; now?: () => Date } = {}): Promise<FakeTwilio> {
  const server = await startRecordingServer();
  const sent: FakeTwilioMessage[] = [];
  const media = new Map<string, { data: Buffer; contentType: string }>();
  const failNext: FakeTwilio['failNext'] = [];
  const expectedAuth = 'Basic ' + Buffer.from(`${accountSid}:${authToken}`).toString('base64');
  const messagesPath = `/2010-04-01/Accounts/${accountSid}/Messages.json`;
  // Not sent.length: tests empty `sent` between cases, and SIDs must stay unique.
  let created = 0;
  const error = (status: number, code: number, message: string, headers?: Record<string, string>): ScriptedReply => ({ status, headers, body: { code, message, status } });

  server.reply = (request: RecordedRequest): ScriptedReply => {
    if (request.headers.authorization !== expectedAuth) return error(401, 20003, 'Authenticate');
    if (request.path.startsWith('/media/')) {
      const item = media.get(request.path.slice('/media/'.length));
      return item ? { status: 200, headers: { 'content-type': item.contentType }, body: item.data } : error(404, 20404, 'not found');
    }
    if (request.path === messagesPath && request.method === 'POST') {
      const failure = failNext.shift();
      if (failure) return error(failure.status, failure.code ?? 20500, 'scripted failure', failure.headers);
      const { form } = request;
      created += 1;
      const sid = `SM${created.toString(16).padStart(32, '0')}`;
      const dateSent = now().toUTCString();
      sent.push({ sid, to: form.To, from: form.From, body: form.Body ?? '', form, dateSent });
      return {
        status: 201,
        body: {
          sid, account_sid: accountSid, to: form.To, from: form.From, body: form.Body ?? '', status: 'queued',
          date_created: dateSent, date_updated: dateSent, date_sent: null, direction: 'outbound-api', num_segments: '1', num_media: '0',
          price: null, price_unit: 'USD', api_version: '2010-04-01', error_code: null, error_message: null, messaging_service_sid: null,
          uri: `${messagesPath.replace('.json', '')}/${sid}.json`, subresource_uris: {},
        },
      };
    }
    if (request.path === messagesPath && request.method === 'GET') {
      const { To: to, From: from } = request.query;
      const matching = sent.filter((m) => (!to || m.to === to) && (!from || m.from === from));
      return {
        status: 200,
        body: {
          messages: matching.map((m) => ({ sid: m.sid, account_sid: accountSid, to: m.to, from: m.from, body: m.body, status: 'sent', date_sent: m.dateSent, date_created: m.dateSent, date_updated: m.dateSent, direction: 'outbound-api', uri: '' })),
          end: Math.max(0, matching.length - 1), first_page_uri: messagesPath, next_page_uri: null, page: 0, page_size: 50, previous_page_uri: null, start: 0, uri: messagesPath,
        },
      };
    }
    return error(404, 20404, 'not found');
  };

  return { baseUrl: server.origin, accountSid, authToken, sent, media, failNext, close: () => server.close() };
}
