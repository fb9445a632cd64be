import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Root } from 'mdast';
import { findGuidelines, findProjectRoot, parseMarkdown } from '@guideline-as-code/parser';
import { nodesAt } from './graph/nodes-at.js';
import { quickFixes } from './lsp/code-actions.js';
import { definition } from './lsp/definition.js';
import { documentDiagnostics } from './lsp/diagnostics.js';
import { doseHover } from './lsp/dose-hover.js';
import { rangeOf } from './lsp/positions.js';
import { defaultSettings, readSettings, type ServerSettings } from './settings.js';
import { GuidelineSession, type SessionHost } from './workspace/guideline-session.js';
import { locate, type Located } from './workspace/locate.js';
import type { EarlyReading } from './early/early-reading.js';

const serverInfo = { name: 'guideline-language-server', version: '0.1.0' };

/**
 * Serves guideline sources over `connection`: findings for the open buffers as they are typed,
 * quick fixes, hovers on doses, and go-to-definition from citations and regimen names.
 */
export function startGuidelineServer(connection: Connection, options: { early?: EarlyReading } = {}): void {
  const documents = new TextDocuments(TextDocument);
  const sessions = new Map<string, GuidelineSession>();
  const places = new Map<string, Located | null>();
  const trees = new Map<string, { version: number; tree: Root }>();
  let settings: ServerSettings = defaultSettings;
  let workspaceRoots: string[] = [];
  let canWatchFiles = false;
  let watchingFiles = false;
  let earlyFailureReported = false;
  let readingAhead: Promise<void> = Promise.resolve();

  const placeOf = (uri: string): Located | null => {
    if (!places.has(uri)) places.set(uri, locate(uri));
    return places.get(uri) ?? null;
  };
  const sessionKey = (root: string, key: string) => `${root}\0${key}`;
  const sessionFor = (root: string, key: string): GuidelineSession => {
    let session = sessions.get(sessionKey(root, key));
    if (!session) sessions.set(sessionKey(root, key), (session = new GuidelineSession(root, key, host)));
    return session;
  };
  const openIn = (session: GuidelineSession) => {
    const open = new Map<string, TextDocument>();
    for (const document of documents.all()) {
      const place = placeOf(document.uri);
      if (place && place.root === session.root && place.key === session.key) open.set(place.relative, document);
    }
    return open;
  };

  const host: SessionHost = {
    documents: openIn,
    debounceMs: () => settings.debounceMs,
    watchesFiles: () => watchingFiles,
    publish(session, result) {
      for (const [relative, document] of openIn(session)) {
        const version = result.versions.get(relative);
        if (version !== document.version) continue;
        const diagnostics = documentDiagnostics(result.findings, { document, root: session.root, relative }, settings);
        void connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
      }
    },
    early(session) {
      const { early } = options;
      return early?.entries(session.root, session.key).then((entries) => {
        const failure = early.failed();
        if (failure !== undefined && !earlyFailureReported) {
          earlyFailureReported = true;
          connection.console.error(`Reading the guidelines early failed (a bug in the language server; they are read as usual): ${failure}`);
        }
        return entries;
      });
    },
    failed(session, error) {
      connection.console.error(`Checking ${session.key} failed (a bug in the language server): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    },
  };

  /** The open document at `uri` with the latest check of its guideline, if that check read this version. */
  const checked = async (uri: string) => {
    const document = documents.get(uri);
    const place = placeOf(uri);
    if (!document || !place) return null;
    const result = await sessionFor(place.root, place.key).current();
    if (!result || result.versions.get(place.relative) !== document.version) return null;
    return { document, place, result };
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    settings = readSettings(params.initializationOptions);
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaceRoots = folders.filter((uri) => uri.startsWith('file:')).map((uri) => findProjectRoot(fileURLToPath(uri))).filter((root): root is string => root !== null);
    // Started now rather than at `initialized`: a file opened at once then waits less.
    readingAhead = readAhead();
    return {
      capabilities: {
        // Incremental; a client may still send whole texts, which replace the buffer.
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo,
    };
  });

  connection.onInitialized(() => {
    if (canWatchFiles) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/guideline-src/**' }, { globPattern: '**/guideline.config.json' }] })
        .then(
          () => (watchingFiles = true),
          (error: unknown) => connection.console.warn(`No file watching, so the disk is looked at before every check: ${String(error)}`),
        );
    }
    void reportReadingAhead();
  });

  /** Shows the reading ahead as work-done progress (which may be asked for only once initialized); it also tells a benchmark when it is over. */
  const reportReadingAhead = async () => {
    const progress = await connection.window.createWorkDoneProgress();
    progress.begin('guideline', undefined, settings.language === 'sv' ? 'läser riktlinjerna' : 'reading the guidelines');
    await readingAhead;
    progress.done();
  };

  /**
   * Reads and checks the workspace's guidelines once before a file opens, so that opening a
   * chapter finds its sources loaded and its text, if unchanged, already read.
   */
  const readAhead = async () => {
    // After the answer to `initialize` has gone out.
    await new Promise((resolve) => setImmediate(resolve));
    for (const root of new Set(workspaceRoots)) {
      try {
        for (const key of await findGuidelines(root)) {
          const session = sessionFor(root, key);
          session.changed();
          await session.current();
        }
      } catch (error) {
        connection.console.warn(`No guidelines read ahead in ${root}: ${String(error)}`);
      }
    }
  };

  documents.onDidChangeContent(({ document }) => {
    const place = placeOf(document.uri);
    if (place) sessionFor(place.root, place.key).changed();
  });
  documents.onDidSave(({ document }) => {
    const place = placeOf(document.uri);
    if (place) sessionFor(place.root, place.key).diskChanged();
  });
  documents.onDidClose(({ document }) => {
    const place = placeOf(document.uri);
    trees.delete(document.uri);
    places.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    // The file on disk takes the buffer's place again.
    if (place) sessionFor(place.root, place.key).changed();
  });
  connection.onDidChangeWatchedFiles(() => sessions.forEach((session) => session.diskChanged()));
  connection.onDidChangeConfiguration((change) => {
    settings = readSettings(change.settings, settings);
    sessions.forEach((session) => session.changed());
  });

  connection.onHover(async ({ textDocument, position }) => {
    const at = await checked(textDocument.uri);
    if (!at) return null;
    const dose = nodesAt(at.result.index, 'doseStatement', at.place.relative, at.document.offsetAt(position))[0];
    if (!dose) return null;
    return { contents: { kind: 'markdown', value: doseHover(dose, at.result.index, settings.language) }, range: rangeOf(dose.source, at.document) };
  });

  connection.onDefinition(async ({ textDocument, position }) => {
    const at = await checked(textDocument.uri);
    if (!at) return null;
    const { index } = at.result;
    return definition({ index, root: at.place.root, file: at.place.relative, text: at.document.getText(), offset: at.document.offsetAt(position) });
  });

  connection.onCodeAction(({ textDocument, context }) => {
    const document = documents.get(textDocument.uri);
    if (!document || !placeOf(document.uri)) return [];
    const tree = () => {
      const kept = trees.get(document.uri);
      if (kept?.version === document.version) return kept.tree;
      const parsed = parseMarkdown(document.getText());
      trees.set(document.uri, { version: document.version, tree: parsed });
      return parsed;
    };
    return quickFixes(document, tree, context.diagnostics, settings.language);
  });

  documents.listen(connection);
  connection.listen();
}
