import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/create-test-app.js';
import { JPEG_BYTES, openWebChat } from '../support/web-chat-driver.js';

describe('bad input through the real app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('400 with a message for malformed JSON', async () => {
    const chat = await openWebChat(t.app.express);
    const res = await request(t.app.express)
      .post(`/chat/sessions/${chat.sessionId}/messages`)
      .set('authorization', `Bearer ${chat.token}`)
      .set('content-type', 'application/json')
      .send('{"text": "unterminated');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toEqual(expect.any(String));
  });

  it('401 for a wrong or missing token, 404 for an unknown session', async () => {
    const chat = await openWebChat(t.app.express);
    await request(t.app.express).post(`/chat/sessions/${chat.sessionId}/messages`).set('authorization', 'Bearer not-the-token').send({ text: 'hi' }).expect(401);
    await request(t.app.express).post(`/chat/sessions/${chat.sessionId}/messages`).send({ text: 'hi' }).expect(401);
    await request(t.app.express).post('/chat/sessions/00000000-0000-4000-8000-000000000000/messages').set('authorization', `Bearer ${chat.token}`).send({ text: 'hi' }).expect(404);
    expect(await t.db.prisma.message.count({ where: { direction: 'in' } })).toBe(0);
  });

  it('413 for a JSON body over 1 MB and for an image over 10 MB, nothing stored', async () => {
    const chat = await openWebChat(t.app.express);
    await chat.say('x'.repeat(1024 * 1024 + 10)).expect(413);
    const tooBig = Buffer.concat([JPEG_BYTES, Buffer.alloc(10 * 1024 * 1024)]);
    await chat.upload(tooBig, 'big.jpg', 'image/jpeg').expect(413);
    expect(await t.db.prisma.message.count({ where: { direction: 'in' } })).toBe(0);
  });

  it('503 with the variable to set when an integration is off', async () => {
    const res = await request(t.app.express).post('/webhooks/twilio/messaging').type('form').send({ Body: 'hi' }).expect(503);
    expect(res.body.error.message).toContain('TWILIO_AUTH_TOKEN');
    await request(t.app.express).post('/api/messages').send({}).expect(503);
  });

  it('serves the widget page with a strict Content-Security-Policy', async () => {
    const res = await request(t.app.express).get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    await request(t.app.express).get('/privacy').expect(200);
    await request(t.app.express).get('/no/such/route').expect(404);
  });
});
