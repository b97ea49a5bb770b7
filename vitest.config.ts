import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // The CLI tests spawn `node dist/...`: make sure it is built first.
    globalSetup: ['test/global-setup.ts'],
  },
});
