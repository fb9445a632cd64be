import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGuidelineGraph, chapterBlocksRead, hashOfPackages, memoryCache, parseCounts, readGuidelineSources, toolchainPackages } from '@guideline-as-code/parser';
import type { EarlyReading as EarlyReadingClass } from './early-reading.js';

// The built worker: a worker thread runs JavaScript, as the server's bin does.
const { EarlyReading } = (await import(new URL('../../dist/early/early-reading.js', import.meta.url).href)) as { EarlyReading: typeof EarlyReadingClass };
const { knownCodeVersion } = (await import(new URL('../../dist/workspace/code-version-slot.js', import.meta.url).href)) as { knownCodeVersion: () => string | undefined };

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

describe('the early reading', () => {
  it('hands over what reading the real guideline made: the graph and findings of a cold read, with nothing parsed or read again', async () => {
    // The worker does not keep a process alive (a server's connection does); a test must.
    const keepAlive = setInterval(() => undefined, 1000);
    try {
      const early = EarlyReading.start(path.join(repoRoot, 'packages'));
      const entries = await early.entries(path.resolve(repoRoot), 'livmoderkroppscancer');
      expect(early.failed()).toBeUndefined();
      expect(entries.some(([key]) => key.startsWith('lexicon-'))).toBe(true);
      // The hash of the server's code, made in the worker, is the one this thread would make.
      expect(knownCodeVersion()).toBe(hashOfPackages(toolchainPackages(fileURLToPath(new URL('../../package.json', import.meta.url)))).slice(0, 16));
      const cache = memoryCache();
      for (const [key, value] of entries) cache.set(key, value);
      const { sources } = await readGuidelineSources(repoRoot, 'livmoderkroppscancer');
      const [counts, blocks] = [parseCounts(), chapterBlocksRead()];
      const handedOver = buildGuidelineGraph(sources, { cache, blocks: cache });
      expect([parseCounts(), chapterBlocksRead()]).toEqual([counts, blocks]);
      const cold = buildGuidelineGraph(sources);
      expect(JSON.stringify(handedOver.graph)).toBe(JSON.stringify(cold.graph));
      expect(handedOver.diagnostics).toEqual(cold.diagnostics);
      // Another project, or a guideline it did not read: nothing, at once.
      expect(await early.entries('/nowhere', 'livmoderkroppscancer')).toEqual([]);
    } finally {
      clearInterval(keepAlive);
    }
  }, 120_000);
});
