import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import type { TestApp } from './create-test-app.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, driven by playwright-core (which never downloads a browser).
 * CI installs it (.ci/run) and sets REQUIRE_BROWSER_TESTS: there a missing
 * browser fails; on a laptop without one the browser tests skip.
 */
export const chromiumAvailable = existsSync(CHROMIUM);
if (!chromiumAvailable && process.env.REQUIRE_BROWSER_TESTS) throw new Error(`REQUIRE_BROWSER_TESTS is set but there is no Chromium at ${CHROMIUM} (apt-get install chromium)`);

export interface BrowserHarness {
  browser: Browser;
  origin: string;
  close(): Promise<void>;
}

/** The test app on a loopback port and a headless Chromium to open it. */
export async function startBrowserHarness({ t }: { t: TestApp }): Promise<BrowserHarness> {
  const server: Server = t.app.express.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    // As this machine's probe runs it: no sandbox as root, no background traffic to a closed network.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    browser,
    origin,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
