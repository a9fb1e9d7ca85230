import { describe, expect, it } from 'vitest';
import { createMetrics } from './create-metrics.js';

describe('createMetrics', () => {
  it('exposes every ticket911 series in its own registry, with default process metrics', async () => {
    const metrics = createMetrics();
    metrics.messagesIn.inc({ channel: 'sms' });
    metrics.messagesOut.inc({ channel: 'whatsapp', status: 'sent' });
    metrics.turnDuration.observe({ outcome: 'ok' }, 0.042);
    metrics.errors.inc({ kind: 'turn' });
    metrics.webhookRequests.inc({ route: 'twilio_messaging', status: '200' });

    const text = await metrics.registry.metrics();
    expect(text).toContain('ticket911_messages_in_total{channel="sms"} 1');
    expect(text).toContain('ticket911_messages_out_total{channel="whatsapp",status="sent"} 1');
    expect(text).toContain('ticket911_turn_duration_seconds_count{outcome="ok"} 1');
    expect(text).toContain('ticket911_errors_total{kind="turn"} 1');
    expect(text).toContain('ticket911_webhook_requests_total{route="twilio_messaging",status="200"} 1');
    expect(text).toContain('# TYPE ticket911_outbox_backlog gauge');
    expect(text).toContain('# TYPE ticket911_scheduled_jobs_due gauge');
    expect(text).toContain('process_cpu_user_seconds_total');
  });

  it('has turn buckets from 5 ms to 30 s', async () => {
    const metrics = createMetrics();
    metrics.turnDuration.observe({ outcome: 'ok' }, 0.001);
    const text = await metrics.registry.metrics();
    expect(text).toContain('ticket911_turn_duration_seconds_bucket{le="0.005",outcome="ok"} 1');
    expect(text).toContain('ticket911_turn_duration_seconds_bucket{le="30",outcome="ok"} 1');
  });

  it('reads the backlog and due-job gauges from their sources at scrape time', async () => {
    const metrics = createMetrics();
    let backlog = 7;
    metrics.setOutboxBacklogSource(async () => backlog);
    metrics.setScheduledJobsDueSource(async () => 3);

    expect(await metrics.registry.metrics()).toMatch(/^ticket911_outbox_backlog 7$/m);
    backlog = 2;
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^ticket911_outbox_backlog 2$/m);
    expect(text).toMatch(/^ticket911_scheduled_jobs_due 3$/m);
  });

  it('keeps scraping when a source fails or hangs, and counts the failure', async () => {
    const metrics = createMetrics({ sourceTimeoutMs: 20 });
    metrics.setOutboxBacklogSource(() => Promise.reject(new Error('db down')));
    metrics.setScheduledJobsDueSource(() => new Promise<number>(() => {}));

    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^ticket911_outbox_backlog 0$/m);
    // Counted during the scrape, so visible from the next one.
    const { values } = await metrics.errors.get();
    expect(values).toEqual([expect.objectContaining({ labels: { kind: 'metrics_source' }, value: 2 })]);
  });

  it('does not use the global registry: two instances coexist', async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.messagesIn.inc({ channel: 'web' });
    expect(await a.registry.metrics()).toContain('ticket911_messages_in_total{channel="web"} 1');
    expect(await b.registry.metrics()).not.toContain('channel="web"');
  });
});
