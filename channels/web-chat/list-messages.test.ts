import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './create-test-app.test-support.js';

describe('GET /chat/sessions/:id/messages', () => {
  it('lists what came after the cursor, with the last cursor', async () => {
    const { app, fake, createSession } = createTestApp();
    const { sessionId, token } = await createSession();
    const first = fake.publish(sessionId, 'Bonjour');
    const second = fake.publish(sessionId, 'Envoyez une photo');
    const third = fake.publish(sessionId, 'Merci');

    const all = await request(app).get(`/chat/sessions/${sessionId}/messages`).set('Authorization', `Bearer ${token}`).expect(200);
    expect(all.body).toEqual({ messages: [first, second, third], cursor: third.cursor });

    const later = await request(app)
      .get(`/chat/sessions/${sessionId}/messages`)
      .query({ after: first.cursor, limit: 1 })
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    expect(later.body).toEqual({ messages: [second], cursor: second.cursor });
  });

  it('gives back the same cursor when nothing is new, and null for an empty transcript', async () => {
    const { app, fake, createSession } = createTestApp();
    const { sessionId, token } = await createSession();
    const auth = `Bearer ${token}`;
    const empty = await request(app).get(`/chat/sessions/${sessionId}/messages`).set('Authorization', auth).expect(200);
    expect(empty.body).toEqual({ messages: [], cursor: null });
    const last = fake.publish(sessionId, 'Bonjour');
    const none = await request(app).get(`/chat/sessions/${sessionId}/messages`).query({ after: last.cursor }).set('Authorization', auth).expect(200);
    expect(none.body).toEqual({ messages: [], cursor: last.cursor });
  });

  it('answers 400 for a bad limit and 401 without the bearer token', async () => {
    const { app, createSession } = createTestApp();
    const { sessionId, token } = await createSession();
    await request(app).get(`/chat/sessions/${sessionId}/messages`).query({ limit: 0 }).set('Authorization', `Bearer ${token}`).expect(400);
    await request(app).get(`/chat/sessions/${sessionId}/messages`).expect(401);
    await request(app).get(`/chat/sessions/${sessionId}/messages`).query({ token }).expect(401);
  });
});
