import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserHarness, chromiumAvailable, startBrowserHarness } from '../support/browser-harness.js';
import { createTestApp, createTestClock, type TestApp } from '../support/create-test-app.js';
import { seedCaseAwaitingSignature } from '../support/seed-case-awaiting-signature.js';

export const ARTIFACTS = path.resolve(import.meta.dirname, '../artifacts');

describe.skipIf(!chromiumAvailable)('signing the mandate in a real browser (Debian Chromium, playwright-core)', () => {
  let t: TestApp;
  let harness: BrowserHarness;

  beforeAll(async () => {
    t = await createTestApp({ clock: createTestClock('2026-11-21T15:00:00Z'), env: { INTERAC_EMAIL: 'paiements@example.ca' } });
    harness = await startBrowserHarness({ t });
  });
  afterAll(async () => {
    await harness?.close();
    await t?.close();
  });

  it('opens the link from the chat, takes the code, a finger-drawn signature and the consent, and seals the PDF', async () => {
    const seeded = await seedCaseAwaitingSignature({ t, language: 'fr', firstName: 'Zoé' });
    const context = await harness.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, locale: 'fr-CA' });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });

    await page.goto(`${harness.origin}/sign/${seeded.token}`);
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    expect(await page.content()).toContain('Zoé');
    await page.locator('form.code-form button[type=submit]').last().click();
    await page.waitForSelector('#code');
    await t.settle();
    const code = (await seeded.transcript()).map((text) => /\b(\d{6})\b/.exec(text)?.[1]).filter(Boolean).at(-1)!;
    await page.fill('#code', code);
    await page.locator('form.verify-form button[type=submit]').click();

    const pad = page.locator('#signature-pad');
    await pad.waitFor({ state: 'visible' });
    await mkdir(ARTIFACTS, { recursive: true });
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.7);
    await page.mouse.down();
    for (let step = 1; step <= 24; step++) {
      const x = box.x + box.width * (0.1 + 0.8 * (step / 24));
      const y = box.y + box.height * (0.5 + 0.3 * Math.sin(step / 3));
      await page.mouse.move(x, y, { steps: 2 });
    }
    await page.mouse.up();
    await page.check('input[name=consent]');
    await page.screenshot({ path: path.join(ARTIFACTS, 'signing-page.png'), fullPage: true });
    await page.locator('#sign-submit').click();
    await page.waitForSelector('code');

    const request = await t.db.prisma.signatureRequest.findFirstOrThrow({ where: { caseId: seeded.caseId } });
    expect(request).toMatchObject({ status: 'signed', method: 'drawn' });
    expect(await page.locator('code').textContent()).toBe(request.signedSha256);
    await page.screenshot({ path: path.join(ARTIFACTS, 'signing-page-signed.png'), fullPage: true });
    expect(violations.filter((text) => /Content Security Policy|Refused/.test(text))).toEqual([]);

    // The stored PDF: intact, one page more than the mandate (the certificate), the drawing embedded as an image.
    const stored = await readFile(path.join(t.config.dataDir, 'documents', request.signedFileKey!));
    expect(createHash('sha256').update(stored).digest('hex')).toBe(request.signedSha256);
    const unsigned = await readFile(path.join(t.config.dataDir, 'documents', request.unsignedFileKey));
    expect((await PDFDocument.load(stored)).getPageCount()).toBe((await PDFDocument.load(unsigned)).getPageCount() + 1);
    expect(stored.includes(Buffer.from('/Subtype /Image'))).toBe(true);

    // The chat transcript: the link, the code (masked once used), then "signed, thank you".
    await t.app.scheduler.runOnce();
    await t.settle();
    const chat = await seeded.transcript();
    expect(chat.some((text) => text.includes(`/sign/${seeded.token}`))).toBe(true);
    expect(chat.join('\n')).not.toContain(code);
    expect(chat.at(-1)).toContain(`/signed/${request.fileToken}`);
    await context.close();
  });
});
