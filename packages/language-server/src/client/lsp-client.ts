import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node.js';

/** How to start a language server: a Node.js script and its arguments (e.g. `--stdio`). */
export interface ServerCommand {
  script: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

type Waiter = { uri: string; accept: (params: PublishDiagnosticsParams) => boolean; resolve: (params: PublishDiagnosticsParams) => void };

/**
 * A small LSP client over stdio, as an editor is one: it spawns the server as a child process
 * and speaks JSON-RPC with `Content-Length` framing. For tests and benchmarks, of our server
 * and of others (unified-language-server): open, change, request, and wait for diagnostics.
 */
export class LspClient {
  readonly connection: ProtocolConnection;
  /** What the server wrote to stderr, for a failing test to show. */
  stderr = '';
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters = new Set<Waiter>();
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private readonly exited: Promise<number | null>;
  private progressEnded!: () => void;
  /** Resolves when the server ends its first work-done progress (ours: reading the guidelines ahead). */
  readonly firstProgressEnded = new Promise<void>((resolve) => (this.progressEnded = resolve));

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => this.received(params));
    // An editor answers these requests; a server may wait for the answers.
    this.connection.onRequest(RegistrationRequest.type, () => null);
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => null);
    this.connection.onNotification('$/progress', (params: { value?: { kind?: string } }) => {
      if (params.value?.kind === 'end') this.progressEnded();
    });
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    this.connection.listen();
  }

  static start(command: ServerCommand): LspClient {
    const child = spawn(process.execPath, [command.script, ...command.args], { cwd: command.cwd, env: command.env ?? process.env, stdio: 'pipe' });
    return new LspClient(child);
  }

  async initialize(rootUri: string, initializationOptions?: unknown): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'project' }],
      capabilities: {
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          synchronization: { didSave: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true },
        },
        workspace: { workspaceEdit: { documentChanges: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
        window: { workDoneProgress: true },
      },
      initializationOptions,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  open(uri: string, text: string, version = 1, languageId = 'markdown'): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
  }

  /**
   * The next diagnostics published for `uri` that `accept` takes (by default any); the latest
   * ones already received count, so that a publish that came before the call is not missed.
   */
  diagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const latest = this.latest.get(uri);
    if (latest && accept(latest)) return Promise.resolve(latest);
    return new Promise((resolve) => this.waiters.add({ uri, accept, resolve }));
  }

  /** Diagnostics for exactly this version of the document (servers that send versions). */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.diagnostics(uri, (params) => params.version === version);
  }

  /** Forgets what was received, so that the next `diagnostics` waits for a new publish. */
  forget(uri: string): void {
    this.latest.delete(uri);
  }

  async stop(): Promise<number | null> {
    if (this.child.exitCode === null) {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    }
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  private received(params: PublishDiagnosticsParams): void {
    this.published.push(params);
    this.latest.set(params.uri, params);
    for (const waiter of this.waiters) {
      if (waiter.uri !== params.uri || !waiter.accept(params)) continue;
      this.waiters.delete(waiter);
      waiter.resolve(params);
    }
  }
}
