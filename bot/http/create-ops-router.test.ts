import express from 'express';
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMetrics } from '../observability/create-metrics.js';
import { createOpsRouter, type CreateOpsRouterOptions } from './create-ops-router.js';

function appWith(options: Partial<CreateOpsRouterOptions> = {}) {
  const app = express();
  app.use(createOpsRouter({ metrics: createMetrics(), ping: async () => true, ...options }));
  return app;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('GET /healthz', () => {
  it('answers 200 ok without asking the database', async () => {
    const ping = vi.fn(async () => false);
    const res = await request(appWith({ ping })).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(ping).not.toHaveBeenCalled();
  });
});

describe('GET /readyz', () => {
  it('is 200 when the database answers', async () => {
    const res = await request(appWith()).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready', database: 'up' });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('is 503 when the ping says false', async () => {
    const res = await request(appWith({ ping: async () => false })).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'not_ready', database: 'down' });
  });

  it('is 503 when the ping rejects', async () => {
    const res = await request(appWith({ ping: () => Promise.reject(new Error('ECONNREFUSED')) })).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body.database).toBe('down');
  });

  it('is 503 when the ping hangs past the timeout', async () => {
    const res = await request(appWith({ ping: () => new Promise<boolean>(() => {}), readyTimeoutMs: 30 })).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'not_ready', database: 'down' });
  });

  it('waits 2 s by default, no longer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let pinged!: () => void;
    const pingStarted = new Promise<void>((resolve) => (pinged = resolve));
    const app = appWith({
      ping: () => {
        pinged();
        return new Promise<boolean>(() => {});
      },
    });
    let settled = false;
    const response = request(app)
      .get('/readyz')
      .then((res) => {
        settled = true;
        return res;
      });
    await pingStarted;
    await vi.advanceTimersByTimeAsync(1_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const res = await response;
    expect(res.status).toBe(503);
  });

  it('is 503 while shutting down, without pinging', async () => {
    const ping = vi.fn(async () => true);
    const res = await request(appWith({ ping, isShuttingDown: () => true })).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: 'not_ready', reason: 'shutting_down' });
    expect(ping).not.toHaveBeenCalled();
  });
});

describe('GET /metrics', () => {
  it('serves the registry in Prometheus text format with the backlog from its source', async () => {
    const metrics = createMetrics();
    metrics.setOutboxBacklogSource(async () => 12);
    metrics.messagesIn.inc({ channel: 'sms' });
    const app = express().use(createOpsRouter({ metrics, ping: async () => true }));

    const res = await request(app).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(metrics.registry.contentType);
    expect(res.text).toMatch(/^ticket911_outbox_backlog 12$/m);
    expect(res.text).toContain('ticket911_messages_in_total{channel="sms"} 1');
    for (const name of [
      'ticket911_messages_out_total',
      'ticket911_turn_duration_seconds',
      'ticket911_scheduled_jobs_due',
      'ticket911_errors_total',
      'ticket911_webhook_requests_total',
    ]) {
      expect(res.text).toContain(`# TYPE ${name}`);
    }
  });
});
