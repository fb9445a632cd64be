// A minimal VS Code extension for the guideline language server: it starts the server from the
// workspace's node_modules and sends it the `guideline` settings.
const path = require('node:path');
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

exports.activate = async function activate() {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  const bin = path.join(folder.uri.fsPath, 'node_modules/@guideline-as-code/language-server/bin/guideline-language-server.cjs');
  const server = { command: 'node', args: [bin, '--stdio'], transport: TransportKind.stdio, options: { cwd: folder.uri.fsPath } };
  client = new LanguageClient('guideline', 'Guideline', { run: server, debug: server }, {
    documentSelector: [
      { scheme: 'file', pattern: '**/guideline-src/**/*.md' },
      { scheme: 'file', pattern: '**/guideline-src/**/*.yaml' },
    ],
    initializationOptions: vscode.workspace.getConfiguration('guideline'),
    synchronize: { configurationSection: 'guideline' },
  });
  await client.start();
};

exports.deactivate = () => client?.stop();
