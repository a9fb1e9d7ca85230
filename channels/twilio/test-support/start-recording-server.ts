import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Form fields of a urlencoded body. */
  form: Record<string, string>;
  headers: http.IncomingHttpHeaders;
}

export interface ScriptedReply {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; Buffers and strings as they are. */
  body?: unknown;
  /** Send the headers and body but never end the response (a stalled download). */
  stall?: boolean;
}

export interface RecordingServer {
  origin: string;
  host: string;
  requests: RecordedRequest[];
  reply: (request: RecordedRequest) => ScriptedReply;
  close(): Promise<void>;
}

/** A local HTTP server that records what it receives and answers what the test scripts (stands in for Twilio). */
export async function startRecordingServer(): Promise<RecordingServer> {
  const state: RecordingServer = {
    origin: '',
    host: '',
    requests: [],
    reply: () => ({ status: 500, body: { message: 'no reply scripted' } }),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const recorded: RecordedRequest = {
        method: request.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        form: Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))),
        headers: request.headers,
      };
      state.requests.push(recorded);
      const { status, headers = {}, body, stall } = state.reply(recorded);
      const isRaw = Buffer.isBuffer(body) || typeof body === 'string';
      const payload = body === undefined ? '' : isRaw ? body : JSON.stringify(body);
      const chunked = Object.keys(headers).some((name) => name.toLowerCase() === 'transfer-encoding');
      response.writeHead(status, {
        ...(isRaw || body === undefined ? {} : { 'content-type': 'application/json' }),
        // Like most servers; a test sets transfer-encoding: chunked to leave it out.
        ...(chunked ? {} : { 'content-length': String(Buffer.byteLength(payload)) }),
        ...headers,
      });
      if (stall) response.write(payload);
      else response.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.host = `127.0.0.1:${port}`;
  state.origin = `http://${state.host}`;
  return state;
}
