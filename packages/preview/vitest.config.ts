import { defineConfig } from 'vitest/config';

// The browser tests start Chromium; on a busy machine that takes a while.
export default defineConfig({ test: { testTimeout: 120_000, hookTimeout: 120_000 } });
