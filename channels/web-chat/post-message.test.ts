import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createTestApp, RECEIVED_AT } from './create-test-app.test-support.js';

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);

async function setup(options?: { maxUploadBytes?: number }) {
  const testApp = createTestApp(options);
  const session = await testApp.createSession();
  const path = `/chat/sessions/${session.sessionId}/messages`;
  return { ...testApp, ...session, path, auth: `Bearer ${session.token}` };
}

describe('POST /chat/sessions/:id/messages', () => {
  it('hands a JSON message to the runtime and answers 202 { messageId, duplicate }', async () => {
    const { app, fake, path, auth, sessionId } = await setup();
    const res = await request(app)
      .post(path)
      .set('Authorization', auth)
      .set('Accept-Language', 'es-MX')
      .send({ text: '  I got a speeding ticket  ', clientMessageId: 'a1b2-c3' })
      .expect(202);
    expect(res.body).toEqual({ messageId: expect.any(String), duplicate: false });
    expect(fake.accepted).toEqual([
      {
        channel: 'web',
        address: sessionId,
        providerId: `web:${sessionId}:a1b2-c3`,
        text: 'I got a speeding ticket',
        media: [],
        languageHint: 'es',
        receivedAt: RECEIVED_AT,
      },
    ]);
  });

  it('leaves providerId undefined without a clientMessageId', async () => {
    const { app, fake, path, auth } = await setup();
    await request(app).post(path).set('Authorization', auth).send({ text: 'hello' }).expect(202);
    expect(fake.accepted[0]?.providerId).toBeUndefined();
  });

  it('reports a retried POST with the same clientMessageId as a duplicate', async () => {
    const { app, fake, path, auth, sessionId } = await setup();
    const first = await request(app).post(path).set('Authorization', auth).send({ text: 'hi', clientMessageId: 'retry-1' }).expect(202);
    const second = await request(app).post(path).set('Authorization', auth).send({ text: 'hi', clientMessageId: 'retry-1' }).expect(202);
    expect(second.body).toEqual({ messageId: first.body.messageId, duplicate: true });
    expect(fake.sessions.get(sessionId)?.messages).toHaveLength(1);
  });

  it('stores a multipart image before handing the message over', async () => {
    const { app, fake, path, auth, sessionId } = await setup();
    const res = await request(app)
      .post(path)
      .set('Authorization', auth)
      .field('text', 'my ticket')
      .field('clientMessageId', 'photo-1')
      .attach('image', JPEG, { filename: 'ticket.jpg', contentType: 'image/jpeg' })
      .expect(202);
    expect(res.body.duplicate).toBe(false);
    expect(fake.calls.slice(-2)).toEqual(['storeUpload', 'accept']);
    expect(fake.uploads).toHaveLength(1);
    expect(fake.uploads[0]?.data.equals(JPEG)).toBe(true);
    expect(fake.uploads[0]?.contentType).toBe('image/jpeg');
    expect(fake.uploads[0]?.filename).toBe('ticket.jpg');
    expect(fake.accepted[0]).toMatchObject({
      address: sessionId,
      providerId: `web:${sessionId}:photo-1`,
      text: 'my ticket',
      media: [fake.uploads[0]?.ref],
    });
  });

  it('accepts a photo without text', async () => {
    const { app, fake, path, auth } = await setup();
    await request(app).post(path).set('Authorization', auth).attach('image', JPEG, { filename: 'a.jpg', contentType: 'image/jpeg' }).expect(202);
    expect(fake.accepted[0]?.text).toBeUndefined();
    expect(fake.accepted[0]?.media).toHaveLength(1);
  });

  it('passes a non-image file on with its content type', async () => {
    const { app, fake, path, auth } = await setup();
    await request(app)
      .post(path)
      .set('Authorization', auth)
      .attach('image', Buffer.from('%PDF-1.7'), { filename: 'ticket.pdf', contentType: 'application/pdf' })
      .expect(202);
    expect(fake.uploads[0]?.contentType).toBe('application/pdf');
    expect(fake.accepted[0]?.media[0]?.contentType).toBe('application/pdf');
  });

  it('answers 401 without a token, before reading the body', async () => {
    const { app, fake, path } = await setup();
    const res = await request(app).post(path).send({ text: 'hello' }).expect(401);
    expect(res.body.error.code).toBe('missing_token');
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(fake.accepted).toHaveLength(0);
  });

  it('answers 401 with a wrong token and does not take ?token= on a POST', async () => {
    const { app, fake, path, token } = await setup();
    const wrong = await request(app).post(path).set('Authorization', 'Bearer not-the-token').send({ text: 'hello' }).expect(401);
    expect(wrong.body.error.code).toBe('invalid_token');
    await request(app).post(`${path}?token=${token}`).send({ text: 'hello' }).expect(401);
    expect(fake.accepted).toHaveLength(0);
  });

  it('answers 404 for an unknown session', async () => {
    const { app, auth } = await setup();
    const res = await request(app).post('/chat/sessions/ses_unknown/messages').set('Authorization', auth).send({ text: 'hello' }).expect(404);
    expect(res.body.error.code).toBe('session_not_found');
  });

  it('answers 400 with a message for malformed JSON', async () => {
    const { app, fake, path, auth } = await setup();
    const res = await request(app).post(path).set('Authorization', auth).set('Content-Type', 'application/json').send('{"text": "hi"').expect(400);
    expect(res.body).toEqual({ error: { code: 'malformed_json', message: expect.any(String) } });
    expect(fake.accepted).toHaveLength(0);
  });

  it('answers 413 for a JSON body over 1 MB', async () => {
    const { app, fake, path, auth } = await setup();
    const body = JSON.stringify({ text: 'x', padding: 'y'.repeat(1024 * 1024) });
    const res = await request(app).post(path).set('Authorization', auth).set('Content-Type', 'application/json').send(body).expect(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect(fake.accepted).toHaveLength(0);
  });

  it('answers 413 for an image over maxUploadBytes and stores nothing', async () => {
    const { app, fake, path, auth } = await setup({ maxUploadBytes: 1024 });
    const res = await request(app)
      .post(path)
      .set('Authorization', auth)
      .attach('image', Buffer.alloc(1025, 1), { filename: 'big.jpg', contentType: 'image/jpeg' })
      .expect(413);
    expect(res.body.error.code).toBe('file_too_large');
    expect(fake.uploads).toHaveLength(0);
    expect(fake.accepted).toHaveLength(0);
  });

  it('accepts an image of exactly maxUploadBytes', async () => {
    const { app, path, auth } = await setup({ maxUploadBytes: 1024 });
    await request(app).post(path).set('Authorization', auth).attach('image', Buffer.alloc(1024, 1), { filename: 'ok.jpg', contentType: 'image/jpeg' }).expect(202);
  });

  it('answers 400 when there is neither text nor file', async () => {
    const { app, fake, path, auth } = await setup();
    for (const body of [{}, { text: '' }, { text: '   ' }, { text: null }]) {
      const res = await request(app).post(path).set('Authorization', auth).send(body).expect(400);
      expect(res.body.error.code).toBe('empty_message');
    }
    await request(app).post(path).set('Authorization', auth).field('text', '').expect(400);
    await request(app).post(path).set('Authorization', auth).expect(400);
    expect(fake.accepted).toHaveLength(0);
  });

  it('answers 400 for text over 2000 characters', async () => {
    const { app, fake, path, auth } = await setup();
    await request(app).post(path).set('Authorization', auth).send({ text: 'a'.repeat(2000) }).expect(202);
    const res = await request(app).post(path).set('Authorization', auth).send({ text: 'a'.repeat(2001) }).expect(400);
    expect(res.body.error.code).toBe('text_too_long');
    expect(fake.accepted).toHaveLength(1);
  });

  it('answers 400 for a malformed clientMessageId and 415 for another content type', async () => {
    const { app, path, auth } = await setup();
    await request(app).post(path).set('Authorization', auth).send({ text: 'hi', clientMessageId: 'a b\n' }).expect(400);
    const res = await request(app).post(path).set('Authorization', auth).set('Content-Type', 'text/plain').send('hi').expect(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });

  it('answers 503 when the runtime cannot accept the message', async () => {
    const { app, fake, path, auth } = await setup();
    fake.failNextAccept();
    const res = await request(app).post(path).set('Authorization', auth).send({ text: 'hello', clientMessageId: 'm-1' }).expect(503);
    expect(res.body.error.code).toBe('unavailable');
    expect(res.headers['retry-after']).toBe('5');
    // The retry with the same clientMessageId goes through.
    await request(app).post(path).set('Authorization', auth).send({ text: 'hello', clientMessageId: 'm-1' }).expect(202);
  });

  it('never logs the message text or the token', async () => {
    const { app, logs, path, auth, token } = await setup();
    await request(app).post(path).set('Authorization', auth).send({ text: 'my licence is Q1234-567890-12' }).expect(202);
    await request(app).post(path).set('Authorization', 'Bearer wrong-secret').send({ text: 'again' }).expect(401);
    const all = logs.join('\n');
    expect(all).toContain('web chat message accepted');
    expect(all).not.toContain('Q1234');
    expect(all).not.toContain(token);
    expect(all).not.toContain('wrong-secret');
  });
});
