import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/create-test-app.js';

interface PostedActivity {
  path: string;
  body: { type: string; text: string; conversation: { id: string } };
}

describe('Bot Framework journey (CloudAdapter, emulator mode, loopback connector)', () => {
  let t: TestApp;
  let connector: http.Server;
  let serviceUrl: string;
  const posted: PostedActivity[] = [];

  beforeAll(async () => {
    connector = http.createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        posted.push({ path: req.url ?? '', body: JSON.parse(raw || '{}') });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `activity-${posted.length}` }));
      });
    });
    await new Promise<void>((resolve) => connector.listen(0, '127.0.0.1', resolve));
    serviceUrl = `http://127.0.0.1:${(connector.address() as AddressInfo).port}/`;
    t = await createTestApp({ env: { BOTFRAMEWORK_ALLOW_UNAUTHENTICATED: 'true' } });
  });
  afterAll(async () => {
    await t.close();
    connector.closeAllConnections();
    await new Promise((resolve) => connector.close(resolve));
  });

  const activity = (id: string, text: string) => ({
    type: 'message',
    id,
    text,
    locale: 'en-CA',
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: { id: 'user-1', name: 'Driver' },
    recipient: { id: 'bot-1', name: 'Ticket911' },
    conversation: { id: 'conv-teams-1' },
  });

  it('accepts a Teams message and answers proactively through the connector, in the locale’s language', async () => {
    await request(t.app.express).post('/api/messages').send(activity('a1', 'hello')).expect((res) => expect(res.status).toBeLessThan(300));
    await request(t.app.express).post('/api/messages').send(activity('a1', 'hello')).expect((res) => expect(res.status).toBeLessThan(300));
    await t.settle();
    expect(posted).toHaveLength(1);
    expect(posted[0].path).toBe('/v3/conversations/conv-teams-1/activities');
    expect(posted[0].body).toMatchObject({ type: 'message', conversation: { id: 'conv-teams-1' } });
    expect(posted[0].body.text).toContain('Do you agree? Reply YES or NO');

    await request(t.app.express).post('/api/messages').send(activity('a2', 'yes')).expect((res) => expect(res.status).toBeLessThan(300));
    await t.settle();
    expect(posted.at(-1)?.body.text).toContain('Send a clear photo of your ticket');
    const conversation = await t.db.prisma.conversation.findFirstOrThrow({ where: { channel: 'botframework', address: 'conv-teams-1' } });
    expect(conversation.consent).toBe('granted');
  });

  it('counts messages in and out in the Prometheus metrics', async () => {
    const metrics = await request(t.app.express).get('/metrics').expect(200);
    expect(metrics.text).toMatch(/ticket911_messages_in_total\{channel="botframework"\} 2/);
    expect(metrics.text).toMatch(/ticket911_messages_out_total\{channel="botframework",status="sent"\} 2/);
    expect(metrics.text).toMatch(/ticket911_turn_duration_seconds_count\{outcome="ok"\} 2/);
    expect(metrics.text).toMatch(/ticket911_outbox_backlog 0/);
  });
});
