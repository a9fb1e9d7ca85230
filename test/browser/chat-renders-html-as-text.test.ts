import nock from 'nock';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anthropicMessage } from '../../intake/claude/test-support/anthropic-message.js';
import type { TicketReading } from '../../tickets/ticket-reading.js';
import { QC_SPEEDING_DRAFT } from '../../tickets/test-support/ticket-outcomes.js';
import { type BrowserHarness, chromiumAvailable, startBrowserHarness } from '../support/browser-harness.js';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';


const PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><b>bold</b>';
const TYPED_TICKET = 'speeding 78 in a 50, $143 <i onmouseover="window.__pwned=4">on Main</i>';
/** What Claude "read" as the place: the summary echoes it back to the driver. */
const HOSTILE_PLACE = '<img src=x onerror="window.__pwned=3"><b>Main</b> & <i>Co</i>';
const READING: TicketReading = { ...QC_SPEEDING_DRAFT, issuedOn: '2026-10-14', location: HOSTILE_PLACE };

declare global {
  interface Window {
    __pwned?: number;
    __cspViolations?: string[];
  }
}

describe.skipIf(!chromiumAvailable)('the chat widget renders what drivers and the bot write as text (Debian Chromium, playwright-core)', () => {
  let t: TestApp;
  let harness: BrowserHarness;

  beforeAll(async () => {
    // Claude reads the typed words (the real SDK, intercepted by nock): its reading carries HTML in the place.
    t = await createTestApp({ clock: createTestClock('2026-10-20T15:00:00Z'), env: { ANTHROPIC_API_KEY: 'sk-ant-test-0000', ANTHROPIC_MAX_RETRIES: '0' } });
    harness = await startBrowserHarness({ t });
  });
  afterAll(async () => {
    nock.cleanAll();
    await harness?.close();
    await t?.close();
  });

  /** Types and sends like a driver, waits until the server stored it, then lets the bot answer. */
  async function say(page: Page, text: string) {
    await page.fill('#chat-input', text);
    const accepted = page.waitForResponse((res) => res.request().method() === 'POST' && /\/chat\/sessions\/[^/]+\/messages$/.test(res.url()));
    await page.press('#chat-input', 'Enter');
    expect((await accepted).status()).toBe(202);
    await t.settle();
    // Every reply the turn wrote has reached the page (over the event stream).
    const replies = await t.db.prisma.message.count({ where: { channel: 'web', direction: 'out' } });
    await page.waitForFunction((count) => document.querySelectorAll('#chat-messages li.msg-out').length === count, replies);
  }

  it('shows the <script>/<img>/<b> message and the echoed place as text: no element created, nothing run, no CSP violation needed', async () => {
    const requests: string[] = [];
    nock('https://api.anthropic.com')
      .post('/v1/messages')
      .reply(200, (_uri, body) => {
        requests.push(JSON.stringify(body));
        return anthropicMessage({ json: READING });
      });
    const context = await harness.browser.newContext({ locale: 'en-CA' });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    // Before any page script: a violation would mean the widget made markup the CSP had to stop.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window.__cspViolations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });

    await page.goto(`${harness.origin}/?lang=en`);
    await say(page, 'hello');
    await say(page, 'yes');
    await say(page, PAYLOAD);

    // The driver's bubble: exactly the text typed.
    await expect(page.locator('#chat-messages li.msg-in .bubble').last().textContent()).resolves.toBe(PAYLOAD);
    // Ticket details (with markup again) go to the reader, whose reading the bot echoes.
    await say(page, TYPED_TICKET);
    await expect(page.locator('#chat-messages li.msg-in .bubble').last().textContent()).resolves.toBe(TYPED_TICKET);
    // The bot's summary: the place Claude "read", as text.
    const summary = await page.locator('#chat-messages li.msg-out .bubble').last().textContent();
    expect(summary, JSON.stringify({ requests: requests.length })).toContain('Here is what I read on your ticket:');
    expect(summary).toContain(HOSTILE_PLACE);
    expect(requests).toHaveLength(1);

    const inTranscript = await page.evaluate(() => ({
      scripts: document.querySelectorAll('#chat-messages script').length,
      images: document.querySelectorAll('#chat-messages img').length,
      bold: document.querySelectorAll('#chat-messages b, #chat-messages i').length,
      pwned: window.__pwned,
      violations: window.__cspViolations ?? [],
    }));
    expect(inTranscript).toEqual({ scripts: 0, images: 0, bold: 0, pwned: undefined, violations: [] });
    expect(consoleErrors.filter((text) => /Content Security Policy|Refused|pwned/i.test(text))).toEqual([]);
    await context.close();
  });
});
