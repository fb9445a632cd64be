import { EarlyReading } from './early/early-reading.js';

// Started before the server's own code is loaded, so that the guidelines are parsed in a worker
// while it loads (see early/early-reading.ts); hence the dynamic imports below.
// `--no-early-reading` leaves it out (to compare, or where a second thread has no core to run on).
const early = process.argv.includes('--no-early-reading') ? undefined : EarlyReading.start(process.cwd());
const [{ createConnection, ProposedFeatures }, { startGuidelineServer }] = await Promise.all([import('vscode-languageserver/node.js'), import('./server.js')]);

// `--stdio` (or `--node-ipc`, `--socket=<port>`) on the command line chooses the transport.
startGuidelineServer(createConnection(ProposedFeatures.all), early ? { early } : {});
