import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHarness, chromiumAvailable, startBrowserHarness } from '../support/browser-harness.js';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';

describe.skipIf(!chromiumAvailable)('the chat widget over the session budget (Debian Chromium, playwright-core)', () => {
  let t: TestApp;
  let harness: BrowserHarness;

  beforeAll(async () => {
    // 3 messages a minute per session: the 4th is refused with Retry-After 20.
    t = await createTestApp({ clock: createTestClock('2026-10-20T15:00:00Z'), env: { RATE_LIMIT_SENDER_PER_MINUTE: '3' } });
    harness = await startBrowserHarness({ t });
  });
  afterAll(async () => {
    await harness?.close();
    await t?.close();
  });

  it('says in the driver’s language how long to wait, keeps the message, and sends it once when the server allows', async () => {
    const context = await harness.browser.newContext({ locale: 'fr-CA' });
    const page = await context.newPage();
    // The widget's timers run on a clock the test moves, like the server's.
    await page.clock.install({ time: t.clock.now() });
    await page.goto(`${harness.origin}/?lang=fr`);
    const posts: number[] = [];
    page.on('response', (res) => {
      if (res.request().method() === 'POST' && /\/chat\/sessions\/[^/]+\/messages$/.test(res.url())) posts.push(res.status());
    });
    for (const text of ['bonjour', 'oui', 'un']) {
      const accepted = page.waitForResponse((res) => res.request().method() === 'POST' && /\/messages$/.test(res.url()));
      await page.fill('#chat-input', text);
      await page.press('#chat-input', 'Enter');
      expect((await accepted).status()).toBe(202);
    }
    const refused = page.waitForResponse((res) => res.request().method() === 'POST' && /\/messages$/.test(res.url()));
    await page.fill('#chat-input', 'deux');
    await page.press('#chat-input', 'Enter');
    expect((await refused).status()).toBe(429);

    // A translated notice with the server's delay; the message stays in the transcript, not handed back to retype.
    await expect(page.locator('#chat-notice').textContent()).resolves.toContain('votre message partira dans 20 s');
    expect(await page.inputValue('#chat-input')).toBe('');
    const stored = () => t.db.prisma.message.count({ where: { direction: 'in', channel: 'web', body: 'deux' } });
    expect(await stored()).toBe(0);

    // Nothing is sent before the delay; after it, the same clientMessageId goes once and is accepted.
    await page.clock.runFor(10_000);
    expect(posts).toEqual([202, 202, 202, 429]);
    t.clock.advance(20_000);
    const retried = page.waitForResponse((res) => res.request().method() === 'POST' && /\/messages$/.test(res.url()));
    await page.clock.runFor(10_500);
    expect((await retried).status()).toBe(202);
    await t.settle();
    expect(await stored()).toBe(1);
    expect(posts).toEqual([202, 202, 202, 429, 202]);
    expect(await page.locator('#chat-notice').isHidden()).toBe(true);
    await context.close();
  });
});
