import { defineConfig } from 'vitest/config';

// Indexing the R4 definitions takes a few seconds on a shared machine; the first test pays it.
export default defineConfig({ test: { testTimeout: 120_000, hookTimeout: 120_000 } });
