import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startGuidelineServer } from './server.js';

// `--stdio` (or `--node-ipc`, `--socket=<port>`) on the command line chooses the transport.
startGuidelineServer(createConnection(ProposedFeatures.all));
