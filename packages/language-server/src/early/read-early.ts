// A worker thread started as the server process starts: it reads the guidelines of the
// project the server was started in (as editors start it, in the workspace folder) while the
// main thread is still loading its code and answering `initialize`, and sends back what it
// parsed, by content key, for the main thread's parse cache. Bundled on its own into
// dist/read-early.cjs (scripts/bundle.mjs), hence no top-level await.
import { parentPort, workerData } from 'node:worker_threads';
import { buildGuidelineGraph, findGuidelines, findProjectRoot, readGuidelineSources, type ParseCache } from '@guideline-as-code/parser';
import type { EarlyMessage } from './early-message.js';
import { serverCodeVersion } from '../workspace/remembered-findings.js';

const { cwd } = workerData as { cwd: string };
const post = (message: EarlyMessage) => parentPort?.postMessage(message);

async function readEarly(root: string | null): Promise<void> {
  // First, the hash of the server's code (tens of milliseconds of file reading), which the first
  // diagnostics of an unchanged chapter need (`RememberedFindings`): the main thread is loading.
  post({ kind: 'code-version', version: serverCodeVersion() });
  try {
    if (root !== null) {
      // One cache for all guidelines (they share the lexicon); each guideline's message holds what its reading added.
      const entries = new Map<string, unknown>();
      const cache: ParseCache = { get: (key) => entries.get(key), set: (key, value) => void entries.set(key, value) };
      for (const key of await findGuidelines(root)) {
        const before = new Set(entries.keys());
        const { sources } = await readGuidelineSources(root, key);
        // As the server reads (workspace/check-guideline.ts), so that it finds every entry it asks for.
        buildGuidelineGraph(sources, { cache, blocks: cache });
        post({ kind: 'guideline', root, key, entries: [...entries].filter(([entry]) => !before.has(entry)) });
      }
    }
    post({ kind: 'done', root });
  } catch (error) {
    post({ kind: 'failed', root, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

void readEarly(findProjectRoot(cwd));
