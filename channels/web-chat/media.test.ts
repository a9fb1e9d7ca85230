import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './create-test-app.test-support.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

async function upload(contentType: string, data: Buffer) {
  const testApp = createTestApp();
  const { sessionId, token } = await testApp.createSession();
  await request(testApp.app)
    .post(`/chat/sessions/${sessionId}/messages`)
    .set('Authorization', `Bearer ${token}`)
    .attach('image', data, { filename: 'file', contentType })
    .expect(202);
  const mediaId = testApp.fake.uploads[0]!.ref.storedId!;
  return { ...testApp, sessionId, token, mediaId, path: `/chat/sessions/${sessionId}/media/${mediaId}` };
}

describe('GET /chat/sessions/:id/media/:mediaId', () => {
  it('serves the stored image with its type, nosniff and a private cache', async () => {
    const { app, path, token } = await upload('image/png', PNG);
    const res = await request(app).get(path).query({ token }).expect(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('private, max-age=3600');
    expect(res.headers['content-disposition']).toBeUndefined();
    expect(Buffer.compare(res.body as Buffer, PNG)).toBe(0);
  });

  it('also takes the bearer header', async () => {
    const { app, path, token } = await upload('image/png', PNG);
    await request(app).get(path).set('Authorization', `Bearer ${token}`).expect(200);
  });

  it('serves anything but a raster image as a sandboxed download', async () => {
    const { app, path, token } = await upload('text/html', Buffer.from('<script>alert(1)</script>'));
    const res = await request(app).get(path).query({ token }).expect(200);
    expect(res.headers['content-disposition']).toBe('attachment');
    expect(res.headers['content-security-policy']).toContain('sandbox');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers 404 for unknown media and for media of another session', async () => {
    const { app, fake, sessionId, token, mediaId } = await upload('image/png', PNG);
    const missing = await request(app).get(`/chat/sessions/${sessionId}/media/med_404`).query({ token }).expect(404);
    expect(missing.body.error.code).toBe('media_not_found');
    const other = await fake.webChat.createSession({});
    await request(app).get(`/chat/sessions/${other.sessionId}/media/${mediaId}`).query({ token: other.token }).expect(404);
  });

  it('answers 401 without a token', async () => {
    const { app, path } = await upload('image/png', PNG);
    await request(app).get(path).expect(401);
  });
});
