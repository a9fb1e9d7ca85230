import { QC_SPEEDING_TICKET } from '../../tickets/test-support/ticket-outcomes.js';
import { Writable } from 'node:stream';
import express from 'express';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/create-test-database.js';
import { createLogger } from '../logging/create-logger.js';
import { createStaffMember } from '../staff-access/create-staff-member.js';
import { createStaffApiRouter } from './create-staff-api-router.js';
import type { StaffCaseView, StaffConversationView, StaffPort } from './staff-port.js';

const TOKEN = 'test-staff-token-0123456789abcdef';
// The service token (STAFF_API_TOKEN) acts as `service`; members act as `staff:<id>`.
const ACTOR = 'service';
const auth = { Authorization: `Bearer ${TOKEN}` };

const conversation: StaffConversationView = {
  id: 'conv-1',
  channel: 'sms',
  maskedAddress: '***0123',
  language: 'fr',
  market: 'qc',
  consent: 'granted',
  handoff: true,
  optedOut: false,
  state: 'handoff',
  machineVersion: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:05:00.000Z',
  clientId: 'client-1',
  cases: [{ id: 'case-1', number: 1001, status: 'intake' }],
  messages: [
    { id: 'm1', direction: 'in', text: "J'ai reçu un billet", mediaCount: 1, status: 'processed', createdAt: '2025-01-01T00:00:00.000Z' },
  ],
};

const kase: StaffCaseView = {
  id: 'case-1',
  number: 1001,
  status: 'intake',
  jurisdiction: 'QC',
  clientId: 'client-1',
  conversationId: 'conv-1',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:05:00.000Z',
  ticket: QC_SPEEDING_TICKET,
  respondBy: '2026-12-10',
  urgent: false,
  ticketConfirmedAt: null,
  analyses: [],
  flag: null,
  quotes: [],
  payments: [],
};

function fakeStaff(): StaffPort & { [K in keyof StaffPort]: ReturnType<typeof vi.fn> } {
  return {
    getConversation: vi.fn(async (id: string) => (id === 'conv-1' ? conversation : null)),
    getCase: vi.fn(async (id: string) => (id === 'case-1' ? kase : null)),
    releaseHandoff: vi.fn(async (id: string) =>
      id === 'conv-1' ? 'released' : id === 'conv-bot' ? 'not-in-handoff' : 'not-found',
    ),
    sendStaffReply: vi.fn(async (id: string) => (id === 'conv-1' ? { messageId: 'msg-9' } : null)),
  } as never;
}

let staff: ReturnType<typeof fakeStaff>;
let logged: string;
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.close();
});

function appWith({ token }: { token: string | undefined } = { token: TOKEN }) {
  logged = '';
  const destination = new Writable({
    write(chunk, _enc, done) {
      logged += chunk.toString();
      done();
    },
  });
  const logger = createLogger({ level: 'trace', destination });
  const app = express();
  app.use(createStaffApiRouter({ staff, prisma: db.prisma, token, now: () => new Date(), logger }));
  // Anything not under /api/v1 must fall through to the rest of the app.
  app.get('/chat/ping', (_req, res) => res.json({ reached: true }));
  return app;
}

beforeEach(() => {
  staff = fakeStaff();
});

describe('staff API: access', () => {
  it('without STAFF_API_TOKEN, refuses any other bearer (401) and still opens to a member, who acts under their id', async () => {
    const app = appWith({ token: undefined });
    const refused = await request(app).get('/api/v1/conversations/conv-1').set(auth);
    expect(refused.status).toBe(401);
    expect(staff.getConversation).not.toHaveBeenCalled();
    const { member, token } = await createStaffMember({ prisma: db.prisma, key: Buffer.alloc(32, 7), name: 'Ana' });
    const released = await request(app).post('/api/v1/conversations/conv-1/release').set('Authorization', `Bearer ${token}`);
    expect(released.status).toBe(200);
    expect(staff.releaseHandoff).toHaveBeenCalledWith('conv-1', `staff:${member.id}`);
    expect(logged).not.toContain(token);
  });

  it('answers 401 with WWW-Authenticate: Bearer when the token is missing', async () => {
    const res = await request(appWith()).get('/api/v1/conversations/conv-1');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer\b/);
    expect(res.body.error.code).toBe('unauthorized');
    expect(staff.getConversation).not.toHaveBeenCalled();
  });

  it('answers 401 when the token is wrong (same length, shorter, other scheme)', async () => {
    const app = appWith();
    const wrong = TOKEN.slice(0, -1) + (TOKEN.endsWith('f') ? 'e' : 'f');
    for (const header of [`Bearer ${wrong}`, 'Bearer x', `Basic ${TOKEN}`, TOKEN]) {
      const res = await request(app).get('/api/v1/conversations/conv-1').set('Authorization', header);
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer\b/);
    }
    expect(staff.getConversation).not.toHaveBeenCalled();
  });

  it('leaves other paths alone', async () => {
    const res = await request(appWith()).get('/chat/ping');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ reached: true });
  });
});

describe('staff API: views', () => {
  it('returns the conversation view, uncached', async () => {
    const res = await request(appWith()).get('/api/v1/conversations/conv-1').set(auth);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(conversation);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('returns the case view', async () => {
    const res = await request(appWith()).get('/api/v1/cases/case-1').set(auth);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(kase);
  });

  it('answers 404 for unknown ids', async () => {
    const app = appWith();
    const conv = await request(app).get('/api/v1/conversations/nope').set(auth);
    expect(conv.status).toBe(404);
    expect(conv.body.error.code).toBe('not_found');
    const c = await request(app).get('/api/v1/cases/nope').set(auth);
    expect(c.status).toBe(404);
    expect(c.body.error.code).toBe('not_found');
  });

  it('answers 404 JSON for unknown routes and 405 for a wrong method', async () => {
    const app = appWith();
    const unknown = await request(app).get('/api/v1/nothing').set(auth);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    const wrongMethod = await request(app).delete('/api/v1/conversations/conv-1').set(auth);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe('GET');
  });

  it('answers 500 JSON, logging no error message, when the runtime fails', async () => {
    staff.getCase.mockRejectedValueOnce(new Error('violates constraint: body=secret driver words'));
    const res = await request(appWith()).get('/api/v1/cases/case-1').set(auth);
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'internal', message: 'Internal error' } });
    expect(logged).toContain('staff api request failed');
    expect(logged).not.toContain('secret driver words');
  });
});

describe('staff API: handoff release', () => {
  it('releases as the service actor, never logging the token', async () => {
    const res = await request(appWith()).post('/api/v1/conversations/conv-1/release').set(auth);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'released' });
    expect(staff.releaseHandoff).toHaveBeenCalledWith('conv-1', ACTOR);
    expect(logged).toContain(ACTOR);
    expect(logged).not.toContain(TOKEN);
  });

  it('answers 409 when the conversation is not in handoff', async () => {
    const res = await request(appWith()).post('/api/v1/conversations/conv-bot/release').set(auth);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('not_in_handoff');
  });

  it('answers 404 for an unknown conversation', async () => {
    const res = await request(appWith()).post('/api/v1/conversations/nope/release').set(auth);
    expect(res.status).toBe(404);
  });
});

describe('staff API: staff reply', () => {
  const path = '/api/v1/conversations/conv-1/messages';

  it('queues the reply and answers 202, logging neither text nor token', async () => {
    const text = 'Bonjour, un avocat vous rappelle demain.';
    const res = await request(appWith()).post(path).set(auth).send({ text });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ messageId: 'msg-9', status: 'queued' });
    expect(staff.sendStaffReply).toHaveBeenCalledWith('conv-1', text, ACTOR);
    expect(logged).toContain('msg-9');
    expect(logged).not.toContain('avocat');
    expect(logged).not.toContain(TOKEN);
  });

  it('accepts exactly 1600 characters', async () => {
    const res = await request(appWith()).post(path).set(auth).send({ text: 'a'.repeat(1600) });
    expect(res.status).toBe(202);
  });

  it.each([
    ['empty text', { text: '' }],
    ['blank text', { text: '   ' }],
    ['text over 1600 characters', { text: 'a'.repeat(1601) }],
    ['no text', {}],
    ['text not a string', { text: 42 }],
  ])('answers 400 for %s', async (_label, body) => {
    const res = await request(appWith()).post(path).set(auth).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(staff.sendStaffReply).not.toHaveBeenCalled();
  });

  it('answers 400 invalid_json for malformed JSON', async () => {
    const res = await request(appWith()).post(path).set(auth).set('Content-Type', 'application/json').send('{"text": "hi"');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_json');
  });

  it('answers 415 for a body that is not JSON', async () => {
    const res = await request(appWith()).post(path).set(auth).type('form').send('text=hi');
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });

  it('answers 413 for a body over 16 kB', async () => {
    const res = await request(appWith()).post(path).set(auth).send({ text: 'a'.repeat(20_000) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('answers 404 for an unknown conversation', async () => {
    const res = await request(appWith()).post('/api/v1/conversations/nope/messages').set(auth).send({ text: 'hi' });
    expect(res.status).toBe(404);
  });

  it('checks the token before reading the body', async () => {
    const res = await request(appWith()).post(path).set('Content-Type', 'application/json').send('{bad');
    expect(res.status).toBe(401);
  });
});
