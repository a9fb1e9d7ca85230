import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logging/create-logger.js';
import type { SigningService } from '../signing/create-signing-service.js';
import { createSigningPagesRouter } from './create-signing-pages-router.js';

const TOKEN = 'a3F9bC1dE2fG3hI4jK5lM6';
const failing = new Proxy({} as SigningService, {
  get: () => async () => {
    throw new Error('database down');
  },
});

function app(signing: SigningService) {
  const server = express();
  server.use(createSigningPagesRouter({ signing, logger: createLogger({ level: 'silent' }) }));
  return server;
}

describe('signing pages router', () => {
  it('answers a failure with a translated page, never a stack or an English-only line', async () => {
    const response = await request(app(failing)).get(`/sign/${TOKEN}`).set('Accept-Language', 'es').expect(503);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toContain('No se firmó nada');
    expect(response.text).not.toContain('database down');
    const french = await request(app(failing)).post(`/sign/${TOKEN}/code`).type('form').send({ to: 'chat' }).expect(503);
    expect(french.text).toContain('Rien n’a été signé');
  });

  it('does not ask the service about a token that cannot be one', async () => {
    const response = await request(app(failing)).get('/sign/not-a-token').expect(404);
    expect(response.text).toContain('lang="fr"');
  });
});
