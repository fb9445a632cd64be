import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Generates the real guideline's packages once for all test files that read them.
    globalSetup: ['./src/test-support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
