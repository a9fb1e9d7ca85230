import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './create-test-app.test-support.js';

describe('POST /chat/sessions', () => {
  it('creates a session with the chosen language and answers 201 { sessionId, token }', async () => {
    const { app, fake } = createTestApp();
    const res = await request(app).post('/chat/sessions').send({ language: 'es' }).expect(201);
    expect(res.body).toEqual({ sessionId: expect.any(String), token: expect.any(String) });
    const session = fake.sessions.get(res.body.sessionId);
    expect(session?.token).toBe(res.body.token);
    expect(session?.languageHint).toBe('es');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('takes the Accept-Language hint when no language is chosen', async () => {
    const { app, fake } = createTestApp();
    const res = await request(app).post('/chat/sessions').set('Accept-Language', 'de-DE,fr-CA;q=0.8,en;q=0.5').expect(201);
    expect(fake.sessions.get(res.body.sessionId)?.languageHint).toBe('fr');
  });

  it('prefers the chosen language over Accept-Language', async () => {
    const { app, fake } = createTestApp();
    const res = await request(app).post('/chat/sessions').set('Accept-Language', 'fr-CA').send({ language: 'en' }).expect(201);
    expect(fake.sessions.get(res.body.sessionId)?.languageHint).toBe('en');
  });

  it('rejects an unknown language with 400', async () => {
    const { app } = createTestApp();
    const res = await request(app).post('/chat/sessions').send({ language: 'de' }).expect(400);
    expect(res.body.error.code).toBe('invalid_request');
  });

  it('answers 400 with a message for malformed JSON', async () => {
    const { app } = createTestApp();
    const res = await request(app).post('/chat/sessions').set('Content-Type', 'application/json').send('{"language":').expect(400);
    expect(res.body).toEqual({ error: { code: 'malformed_json', message: expect.any(String) } });
  });
});
