import autocannon from 'autocannon';
import { buildTwilioWebhook, BENCH_BODIES, messageSidFor, senderFor } from './build-twilio-webhook.js';

export interface RunWebhookLoadOptions {
  /** Where the service listens (loopback). */
  origin: string;
  /** The URL Twilio would sign (PUBLIC_BASE_URL + path). */
  signedUrl: string;
  path: string;
  authToken: string;
  accountSid: string;
  to: string;
  runId: string;
  /** First sender/SID index of this phase: phases never reuse a sender. */
  firstIndex: number;
  durationSeconds: number;
  connections: number;
  /** Requests per second over all connections; absent: as fast as the server answers. */
  rate?: number;
}

export interface WebhookLoadResult {
  rate: number | 'max';
  durationSeconds: number;
  connections: number;
  sent: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  throughput: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** MessageSids answered 2xx: each must be a stored row. */
  acknowledged: string[];
  /** Next unused index, for the following phase. */
  nextIndex: number;
}

/**
 * Signed Twilio webhooks at a fixed rate (autocannon's overallRate, latencies
 * corrected for coordinated omission) or flat out, each request from a new
 * sender with a new MessageSid, recording which SIDs were acknowledged.
 */
export async function runWebhookLoad(options: RunWebhookLoadOptions): Promise<WebhookLoadResult> {
  const { origin, signedUrl, path, authToken, accountSid, to, runId, firstIndex, durationSeconds, connections, rate } = options;
  let next = firstIndex;
  const acknowledged: string[] = [];
  const result = await autocannon({
    url: origin,
    connections,
    duration: durationSeconds,
    timeout: 10,
    ...(rate ? { overallRate: rate } : {}),
    requests: [
      {
        method: 'POST',
        path,
        setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
          const index = next++;
          const sid = messageSidFor(runId, index);
          const webhook = buildTwilioWebhook({ authToken, accountSid, url: signedUrl, to, from: senderFor(index), body: BENCH_BODIES[index % BENCH_BODIES.length], messageSid: sid });
          context.sid = sid;
          return { ...request, method: 'POST', path, body: webhook.body, headers: { ...(request.headers as Record<string, string>), ...webhook.headers } };
        },
        onResponse: (status: number, _body: string, context: Record<string, unknown>) => {
          if (status >= 200 && status < 300) acknowledged.push(context.sid as string);
        },
      },
    ],
  } as autocannon.Options);
  return {
    rate: rate ?? 'max',
    durationSeconds,
    connections,
    sent: result.requests.sent,
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    throughput: Math.round((result['2xx'] / durationSeconds) * 10) / 10,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    acknowledged,
    nextIndex: next,
  };
}
