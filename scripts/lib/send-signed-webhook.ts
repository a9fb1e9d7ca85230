import http from 'node:http';
import type { TwilioWebhook } from './build-twilio-webhook.js';

export type WebhookOutcome = '2xx' | 'non-2xx' | 'error';

export interface SendSignedWebhookOptions {
  origin: string;
  path: string;
  webhook: TwilioWebhook;
  agent: http.Agent;
  timeoutMs?: number;
}

/** POSTs one webhook and says how it ended: acknowledged (2xx), refused (another status), or no answer (connection error, timeout). */
export function sendSignedWebhook({ origin, path, webhook, agent, timeoutMs = 10_000 }: SendSignedWebhookOptions): Promise<{ outcome: WebhookOutcome; status?: number }> {
  return new Promise((resolve) => {
    const url = new URL(path, origin);
    const request = http.request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers: { ...webhook.headers, 'content-length': Buffer.byteLength(webhook.body) }, timeout: timeoutMs },
      (response) => {
        response.resume();
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          resolve({ outcome: status >= 200 && status < 300 ? '2xx' : 'non-2xx', status });
        });
        response.on('error', () => resolve({ outcome: 'error' }));
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', () => resolve({ outcome: 'error' }));
    request.end(webhook.body);
  });
}
