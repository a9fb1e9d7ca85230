import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY, setSecurityHeaders } from './set-security-headers.js';

function appBehind(publicBaseUrl: string) {
  const app = express();
  app.use(setSecurityHeaders({ publicBaseUrl }));
  app.get('/', (_req, res) => res.type('html').send('<!doctype html><p>ok</p>'));
  return app;
}

describe('setSecurityHeaders (helmet)', () => {
  it('sets exactly our strict CSP, no-referrer, DENY, nosniff, Permissions-Policy and HSTS over https', async () => {
    const res = await request(appBehind('https://bot.example.test')).get('/').expect(200);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split(';').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives).toEqual({
      'default-src': "'self'",
      'img-src': "'self' blob: data:",
      'connect-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'frame-ancestors': "'none'",
      'base-uri': "'none'",
      'form-action': "'self'",
      'object-src': "'none'",
    });
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
  });

  it('sends no HSTS over plain http', async () => {
    const res = await request(appBehind('http://localhost:3000')).get('/').expect(200);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});
