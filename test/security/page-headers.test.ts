import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, PERMISSIONS_POLICY } from '../../bot/http/set-security-headers.js';
import { renderPaymentPage } from '../../bot/http/render-payment-page.js';
import { renderSigningPage } from '../../bot/http/render-signing-page.js';
import { renderStaffLoginPage, renderStaffPage } from '../../bot/http/render-staff-page.js';
import { createStatsService } from '../../bot/stats/create-stats-service.js';
import type { SigningPageView } from '../../bot/http/signing-page-view.js';
import { PUBLIC_DIR } from '../../bot/server/create-app.js';
import { LANGUAGES } from '../../i18n/languages.js';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { seedCaseAwaitingSignature } from '../support/seed-case-awaiting-signature.js';

const STAFF_TOKEN = 'staff-token-for-the-page-headers-0123456789';
const EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)" style="x">javascript:alert(3)';

/**
 * What a strict CSP would refuse, found in the markup itself: an inline script
 * with content, an on…= handler, a javascript: URL, an inline style attribute.
 * A CSP violation is silent for the server; this makes it a failing test.
 */
function inlineCodeIn(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (match[2].trim() !== '' || !/\ssrc\s*=/i.test(match[1])) found.push(`inline script: ${match[0].slice(0, 80)}`);
  }
  for (const tag of html.matchAll(/<[a-zA-Z](?:"[^"]*"|'[^']*'|[^<>"'])*>/g)) {
    // Attribute names only: a value (quoted, so escaped text) may say anything.
    const names = tag[0].replace(/"[^"]*"|'[^']*'/g, '""');
    if (/\son[a-z]+\s*=/i.test(names)) found.push(`event handler: ${tag[0].slice(0, 80)}`);
    if (/\sstyle\s*=/i.test(names)) found.push(`style attribute: ${tag[0].slice(0, 80)}`);
    for (const value of tag[0].matchAll(/=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
      if (/^\s*javascript:/i.test(value[1] ?? value[2] ?? value[3] ?? '')) found.push(`javascript: URL: ${tag[0].slice(0, 80)}`);
    }
  }
  return found;
}

function expectStrictHeaders(res: request.Response) {
  expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['permissions-policy']).toBe(PERMISSIONS_POLICY);
  expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(res.headers['x-powered-by']).toBeUndefined();
}

describe('page headers and inline code (real app, helmet)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ clock: createTestClock('2026-11-21T15:00:00Z'), env: { STAFF_API_TOKEN: STAFF_TOKEN, INTERAC_EMAIL: 'paiements@example.ca' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the scanner itself finds each kind of inline code (so a clean page means something)', () => {
    expect(inlineCodeIn(`<p>${EVIL}</p><a href="javascript:void(0)">x</a>`)).toHaveLength(4);
    expect(inlineCodeIn('<script src="/a.js" defer></script><p>written on=Monday, style=bold</p><input value="&quot; onerror=&quot;x">')).toEqual([]);
  });

  it('puts the strict headers on every page family, whatever the status', async () => {
    const seeded = await seedCaseAwaitingSignature({ t, language: 'fr', firstName: 'Zoé' });
    const pages: [string, request.Test][] = [
      ['/', request(t.app.express).get('/')],
      ['/privacy', request(t.app.express).get('/privacy')],
      ['/sign/<token>', request(t.app.express).get(`/sign/${seeded.token}`)],
      ['/sign/<unknown>', request(t.app.express).get('/sign/AAAAAAAAAAAAAAAAAAAAAA')],
      ['/pay/<token>', request(t.app.express).get(`/pay/${seeded.payToken}`)],
      ['/pay/<token>/cancelled', request(t.app.express).get(`/pay/${seeded.payToken}/cancelled`)],
      ['/staff (login)', request(t.app.express).get('/staff')],
      ['/documents/<unknown>', request(t.app.express).get('/documents/AAAAAAAAAAAAAAAAAAAAAA')],
      ['/invoices/<unknown>', request(t.app.express).get('/invoices/AAAAAAAAAAAAAAAAAAAAAAAA')],
      ['/widget.js', request(t.app.express).get('/widget.js')],
      ['/api/v1/openapi.json', request(t.app.express).get('/api/v1/openapi.json')],
    ];
    for (const [name, pending] of pages) {
      const res = await pending;
      expect(res.status, name).toBeLessThan(500);
      expectStrictHeaders(res);
      if (/html/.test(res.headers['content-type'] ?? '')) expect(inlineCodeIn(res.text), name).toEqual([]);
    }
  });

  it('sends no HSTS when the public base URL is plain http (it would be wrong, and ignored)', async () => {
    const plain = await createTestApp({ db: t.db, env: { PUBLIC_BASE_URL: 'http://localhost:3000' } });
    try {
      const res = await request(plain.app.express).get('/privacy').expect(200);
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    } finally {
      await plain.close();
    }
  });

  it('serves no HTML file with inline script, handler, javascript: URL or style attribute', () => {
    const files = readdirSync(PUBLIC_DIR).filter((name) => name.endsWith('.html'));
    expect(files).toEqual(expect.arrayContaining(['index.html', 'privacy.html']));
    for (const name of files) expect(inlineCodeIn(readFileSync(path.join(PUBLIC_DIR, name), 'utf8')), name).toEqual([]);
  });

  it('renders every server page, in every language and with hostile values, without inline code', async () => {
    const stats = await createStatsService({ prisma: t.db.prisma, now: t.clock.now }).compute();
    const document = { title: `Mandat ${EVIL}`, paragraphs: [EVIL], facts: [{ label: EVIL, value: EVIL }], signatureLabel: EVIL };
    const token = 'Ab3_-xYz0123456789QrStUv';
    for (const language of LANGUAGES) {
      const views: SigningPageView[] = [
        { step: 'review', language, token, document, codeDestination: EVIL, emailDestination: EVIL, error: null },
        { step: 'review', language, token, document, codeDestination: EVIL, emailDestination: null, error: 'sendFailed' },
        { step: 'code', language, token, document, sentTo: EVIL, triesLeft: 2, error: 'wrongCode' },
        { step: 'sign', language, token, document, signerName: EVIL, error: 'signatureMissing' },
        { step: 'signed', language, signedPdfUrl: '/signed/Ab3_-xYz0123456789QrStUv', sha256: EVIL },
        { step: 'locked', language },
        { step: 'expired', language },
        { step: 'notFound', language },
        { step: 'used', language },
        { step: 'unavailable', language },
      ];
      const pages = [
        ...views.map((view) => renderSigningPage(view)),
        renderPaymentPage({ language, title: 'payPage.paidTitle', body: 'payPage.paidBody' }),
        renderPaymentPage({ language, title: 'payPage.unavailableTitle', body: 'payPage.unavailableBody' }),
        renderStaffLoginPage({ language, error: null }),
        renderStaffLoginPage({ language, error: 'invalidToken' }),
        renderStaffPage({ stats, language }),
      ];
      for (const html of pages) {
        expect(inlineCodeIn(html)).toEqual([]);
        // The hostile value is there, as text.
        if (html.includes('alert(1)')) expect(html).not.toContain('<script>alert');
      }
    }
    // A javascript: link is refused outright, not rendered.
    expect(() => renderSigningPage({ step: 'signed', language: 'en', signedPdfUrl: 'javascript:alert(1)', sha256: 'a'.repeat(64) })).toThrow();
  });
});
