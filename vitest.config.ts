import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{bot,billing,signing,reviews,reminders,pdf,channels,flows,i18n,intake,knowledge,tickets,tools,cli,test,scripts}/**/*.test.ts'],
    // PGlite instances are large: forks keep each test file's memory separate.
    pool: 'forks',
    maxWorkers: 2,
    // Hang guards, not speed checks: CI runs on a shared 2-core machine that
    // has been seen 6-60x slower than a laptop (OCR, image generation and
    // fresh PGlite migrations dominate). Speed is measured by bench:* scripts.
    testTimeout: 300_000,
    hookTimeout: 600_000,
    reporters: ['default'],
  },
});
