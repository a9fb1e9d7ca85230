import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{bot,channels,flows,i18n,intake,knowledge,tickets,tools,cli,test}/**/*.test.ts'],
    // PGlite instances are large: forks keep each test file's memory separate.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
