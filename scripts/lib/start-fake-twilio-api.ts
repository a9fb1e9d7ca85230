import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeTwilioSend {
  sid: string;
  to: string;
  from: string;
  body: string;
  dateCreated: string;
}

export interface FakeTwilioApi {
  baseUrl: string;
  accountSid: string;
  authToken: string;
  /** Messages create POSTs answered 201, per To number. */
  sendsTo: Map<string, FakeTwilioSend[]>;
  totalSends(): number;
  close(): Promise<void>;
}

export interface StartFakeTwilioApiOptions {
  accountSid: string;
  authToken: string;
}

/**
 * Stands in for api.twilio.com on loopback for the benchmark and drill scripts
 * (test/support/start-fake-twilio.ts is the tests' richer twin): the documented
 * Messages create and list resources behind HTTP Basic auth, answered like
 * Twilio so the real SDK in the service is exercised. It keeps every send per
 * To number so a script can check that each driver got exactly one reply.
 */
export async function startFakeTwilioApi({ accountSid, authToken }: StartFakeTwilioApiOptions): Promise<FakeTwilioApi> {
  const sendsTo = new Map<string, FakeTwilioSend[]>();
  const expectedAuth = 'Basic ' + Buffer.from(`${accountSid}:${authToken}`).toString('base64');
  const messagesPath = `/2010-04-01/Accounts/${accountSid}/Messages.json`;
  let created = 0;
  const answer = (response: http.ServerResponse, status: number, body: unknown) => {
    const payload = JSON.stringify(body);
    response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
    response.end(payload);
  };
  const toResource = (m: FakeTwilioSend, status: string) => ({
    sid: m.sid, account_sid: accountSid, to: m.to, from: m.from, body: m.body, status,
    date_created: m.dateCreated, date_updated: m.dateCreated, date_sent: null, direction: 'outbound-api', num_segments: '1', num_media: '0',
    price: null, price_unit: 'USD', api_version: '2010-04-01', error_code: null, error_message: null, messaging_service_sid: null,
    uri: `${messagesPath.replace('.json', '')}/${m.sid}.json`, subresource_uris: {},
  });

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (request.headers.authorization !== expectedAuth) return answer(response, 401, { code: 20003, message: 'Authenticate', status: 401 });
      if (url.pathname === messagesPath && request.method === 'POST') {
        const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
        created += 1;
        const send: FakeTwilioSend = { sid: `SM${created.toString(16).padStart(32, '0')}`, to: form.To, from: form.From, body: form.Body ?? '', dateCreated: new Date().toUTCString() };
        const list = sendsTo.get(send.to) ?? [];
        list.push(send);
        sendsTo.set(send.to, list);
        return answer(response, 201, toResource(send, 'queued'));
      }
      if (url.pathname === messagesPath && request.method === 'GET') {
        const to = url.searchParams.get('To');
        const from = url.searchParams.get('From');
        const matching = (to ? sendsTo.get(to) ?? [] : [...sendsTo.values()].flat()).filter((m) => !from || m.from === from).slice(-50).reverse();
        return answer(response, 200, {
          messages: matching.map((m) => toResource(m, 'sent')),
          end: Math.max(0, matching.length - 1), first_page_uri: messagesPath, next_page_uri: null, page: 0, page_size: 50, previous_page_uri: null, start: 0, uri: messagesPath,
        });
      }
      return answer(response, 404, { code: 20404, message: 'not found', status: 404 });
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    sendsTo,
    totalSends: () => created,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
