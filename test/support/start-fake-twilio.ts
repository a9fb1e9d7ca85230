import http from 'node:http';
import type { AddressInfo } from 'node:net';

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
 * behind HTTP Basic auth. The real SDK talks to it via client.api.baseUrl.
 */
export async function startFakeTwilio({ accountSid = 'AC' + '0'.repeat(32), authToken = 'test-auth-token', now = () => new Date() }: { accountSid?: string; authToken?: string; now?: () => Date } = {}): Promise<FakeTwilio> {
  const sent: FakeTwilioMessage[] = [];
  const media = new Map<string, { data: Buffer; contentType: string }>();
  const failNext: FakeTwilio['failNext'] = [];
  const expectedAuth = 'Basic ' + Buffer.from(`${accountSid}:${authToken}`).toString('base64');
  let counter = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== expectedAuth) return json(401, { code: 20003, message: 'Authenticate', status: 401 });
      if (url.pathname.startsWith('/media/')) {
        const item = media.get(url.pathname.slice('/media/'.length));
        if (!item) return json(404, { code: 20404, message: 'not found', status: 404 });
        res.writeHead(200, { 'content-type': item.contentType, 'content-length': String(item.data.length) });
        return res.end(item.data);
      }
      const messagesPath = `/2010-04-01/Accounts/${accountSid}/Messages.json`;
      if (url.pathname === messagesPath && req.method === 'POST') {
        const failure = failNext.shift();
        if (failure) return json(failure.status, { code: failure.code ?? 20500, message: 'scripted failure', status: failure.status }, failure.headers);
        const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
        counter += 1;
        const sid = `SM${counter.toString(16).padStart(32, '0')}`;
        const dateSent = now().toUTCString();
        sent.push({ sid, to: form.To, from: form.From, body: form.Body ?? '', form, dateSent });
        return json(201, {
          sid, account_sid: accountSid, to: form.To, from: form.From, body: form.Body ?? '', status: 'queued',
          date_created: dateSent, date_updated: dateSent, date_sent: null, direction: 'outbound-api', num_segments: '1', num_media: '0',
          price: null, price_unit: 'USD', api_version: '2010-04-01', error_code: null, error_message: null, messaging_service_sid: null,
          uri: `${messagesPath.replace('.json', '')}/${sid}.json`, subresource_uris: {},
        });
      }
      if (url.pathname === messagesPath && req.method === 'GET') {
        const to = url.searchParams.get('To');
        const from = url.searchParams.get('From');
        const matching = sent.filter((m) => (!to || m.to === to) && (!from || m.from === from));
        return json(200, {
          messages: matching.map((m) => ({ sid: m.sid, account_sid: accountSid, to: m.to, from: m.from, body: m.body, status: 'sent', date_sent: m.dateSent, date_created: m.dateSent, date_updated: m.dateSent, direction: 'outbound-api', uri: '' })),
          end: Math.max(0, matching.length - 1), first_page_uri: messagesPath, next_page_uri: null, page: 0, page_size: 50, previous_page_uri: null, start: 0, uri: messagesPath,
        });
      }
      json(404, { code: 20404, message: 'not found', status: 404 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    sent,
    media,
    failNext,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
