import { EarlyReading } from './early/early-reading.js';

// The server's entry (bundled into dist/guideline-language-server.cjs by scripts/bundle.mjs).
// No top-level await, so that the bundle can be CommonJS and start from a V8 code cache.
async function main(): Promise<void> {
  // Started before the server's own code is loaded, so that the guidelines are parsed in a worker
  // while it loads (see early/early-reading.ts); hence the dynamic imports below (in the bundle,
  // modules set up only then). `--no-early-reading` leaves it out (to compare, or where a second
  // thread has no core to run on).
  const early = process.argv.includes('--no-early-reading') ? undefined : EarlyReading.start(process.cwd());
  const [{ createConnection, ProposedFeatures }, { startGuidelineServer }] = await Promise.all([import('vscode-languageserver/node.js'), import('./server.js')]);
  // `--stdio` (or `--node-ipc`, `--socket=<port>`) on the command line chooses the transport.
  startGuidelineServer(createConnection(ProposedFeatures.all), early ? { early } : {});
}

void main();
