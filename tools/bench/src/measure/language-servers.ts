import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspClient, type ServerCommand } from '@guideline-as-code/language-server/client';
import { realChapterPath } from '../paths.js';

/** One language server as the benchmark starts it. */
interface ServerUnderTest {
  label: string;
  command: ServerCommand;
  /** Ours: remove the findings the last server kept (`node_modules/.cache/…/language-server`) before each start, as on a first opening ever. */
  forget?: boolean;
}

/** What was measured of one server, in ms. */
export interface LanguageServerTimes {
  label: string;
  /** From spawning the process to the answer to `initialize`, per fresh start. */
  initializeMs: number[];
  /** From `didOpen` (sent right after `initialized`, as an editor opening a file) to the first diagnostics of that version. */
  firstDiagnosticsMs: number[];
  /** From spawning the process to those first diagnostics: what an editor user waits for after opening a chapter in a new editor. */
  launchToFirstMs: number[];
  /** Ours: from `didOpen` to the answer to a hover on a dose, which waits for the server's own check of the chapter (first diagnostics may be the findings kept by the last server). */
  ownCheckMs: number[] | null;
  /** The same on a server that has finished reading ahead (it ended its work-done progress); null for a server that reads nothing ahead. */
  afterReadAheadMs: number[] | null;
  /** From `didChange` to the diagnostics of that version, per edit. */
  editMs: number[];
}

export interface LanguageServerResult {
  ours: LanguageServerTimes;
  /** Ours with nothing kept by a last server (the first opening ever): fresh starts only, no edits. */
  oursNothingKept: LanguageServerTimes;
  /** Ours started with `--no-early-reading`, nothing kept: fresh starts only, no edits. */
  oursWithoutEarlyReading: LanguageServerTimes;
  peer: LanguageServerTimes;
  edits: number;
  warmUpEdits: number;
  starts: number;
}

const ourBin = path.join(path.dirname(fileURLToPath(import.meta.resolve('@guideline-as-code/language-server/package.json'))), 'bin/guideline-language-server.cjs');
const peerScript = fileURLToPath(new URL('../children/remark-language-server.js', import.meta.url));

/**
 * Our language server against unified-language-server running only
 * remark-preset-lint-recommended, both driven over stdio by the same LSP client on the same
 * copy of the real chapter (`root`). Fresh starts measure the first diagnostics after opening;
 * then both stay up and take turns with the same edits (a sentence inserted in the middle of
 * the chapter, sent as the whole text), so that a change of load hits both alike.
 */
export async function benchLanguageServers(root: string, edits: number, starts: number): Promise<LanguageServerResult> {
  const preset = import.meta.resolve('remark-preset-lint-recommended');
  await writeFile(path.join(root, '.remarkrc.mjs'), `import preset from ${JSON.stringify(preset)};\nexport default { plugins: [preset] };\n`);
  const servers: ServerUnderTest[] = [
    { label: 'guideline-language-server --stdio (every guideline check rule; findings kept by the last server)', command: { script: ourBin, args: ['--stdio'], cwd: root } },
    { label: 'unified-language-server + remark-preset-lint-recommended', command: { script: peerScript, args: ['--stdio'], cwd: root } },
    { label: 'guideline-language-server --stdio --no-early-reading (nothing kept)', command: { script: ourBin, args: ['--stdio', '--no-early-reading'], cwd: root }, forget: true },
    { label: 'guideline-language-server --stdio (nothing kept: the first opening ever)', command: { script: ourBin, args: ['--stdio'], cwd: root }, forget: true },
  ];
  const uri = pathToFileURL(path.join(root, realChapterPath)).href;
  const text = await readFile(path.join(root, realChapterPath), 'utf8');
  const dose = positionOf(text, '175 mg/m2');
  // Leaves findings for the first start of the server that finds them kept.
  await stop(await openedOnce(servers[0]!.command, root, uri, text));
  const times: LanguageServerTimes[] = servers.map((server, i) => ({
    label: server.label,
    initializeMs: [],
    firstDiagnosticsMs: [],
    launchToFirstMs: [],
    ownCheckMs: server.command.script === ourBin ? [] : null,
    afterReadAheadMs: i === 0 ? [] : null,
    editMs: [],
  }));

  for (let start = 0; start < starts; start++) {
    for (const [i, server] of servers.entries()) {
      if (server.forget) await rm(path.join(root, keptFindingsFolder), { recursive: true, force: true });
      const began = performance.now();
      const client = LspClient.start(server.command);
      await client.initialize(pathToFileURL(root).href);
      times[i]!.initializeMs.push(performance.now() - began);
      const opened = performance.now();
      await client.open(uri, text, 1);
      await client.diagnosticsFor(uri, 1);
      times[i]!.firstDiagnosticsMs.push(performance.now() - opened);
      times[i]!.launchToFirstMs.push(performance.now() - began);
      if (times[i]!.ownCheckMs) {
        const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: dose });
        if (hover === null) throw new Error('no hover on the dose the benchmark points at');
        times[i]!.ownCheckMs!.push(performance.now() - opened);
      }
      await stop(client);
    }
    // Ours again, opening the chapter only once the guidelines have been read ahead.
    const client = LspClient.start(servers[0]!.command);
    await client.initialize(pathToFileURL(root).href);
    await client.firstProgressEnded;
    const opened = performance.now();
    await client.open(uri, text, 1);
    await client.diagnosticsFor(uri, 1);
    times[0]!.afterReadAheadMs!.push(performance.now() - opened);
    await stop(client);
  }

  const clients = servers.slice(0, 2).map((server) => LspClient.start(server.command));
  for (const client of clients) {
    await client.initialize(pathToFileURL(root).href);
    await client.open(uri, text, 1);
    await client.diagnosticsFor(uri, 1);
  }
  const warmUpEdits = Math.min(5, edits);
  for (let edit = 1; edit <= warmUpEdits + edits; edit++) {
    const changed = editedText(text, edit);
    for (const [i, client] of clients.entries()) {
      const sent = performance.now();
      await client.change(uri, edit + 1, [{ text: changed }]);
      await client.diagnosticsFor(uri, edit + 1);
      if (edit > warmUpEdits) times[i]!.editMs.push(performance.now() - sent);
    }
  }
  for (const client of clients) await stop(client);
  return { ours: times[0]!, peer: times[1]!, oursWithoutEarlyReading: times[2]!, oursNothingKept: times[3]!, edits, warmUpEdits, starts };
}

/** Where our server keeps the findings of the last check for the next server (language-server `src/workspace/remembered-findings.ts`). */
const keptFindingsFolder = 'node_modules/.cache/guideline-as-code/language-server';

async function openedOnce(command: ServerCommand, root: string, uri: string, text: string): Promise<LspClient> {
  const client = LspClient.start(command);
  await client.initialize(pathToFileURL(root).href);
  await client.open(uri, text, 1);
  await client.diagnosticsFor(uri, 1);
  return client;
}

/** The LSP position of the first `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; character: number } {
  const at = text.indexOf(needle);
  if (at === -1) throw new Error(`The chapter no longer has the dose the benchmark hovers: ${needle}`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

/** A prose sentence in the middle of the chapter, after which each edit types a sentence of its own. */
const editAnchor = 'God evidens för val av andra linjens behandling saknas.';

/** The chapter with a sentence typed into a paragraph in its middle, different for every edit. */
function editedText(text: string, edit: number): string {
  const at = text.indexOf(editAnchor);
  if (at === -1) throw new Error(`The chapter no longer has the sentence the benchmark edits after: ${editAnchor}`);
  const end = at + editAnchor.length;
  return `${text.slice(0, end)} Mätning ${edit} av språkservern.${text.slice(end)}`;
}

async function stop(client: LspClient): Promise<void> {
  const code = await client.stop();
  if (code !== 0) throw new Error(`language server exited with ${code}: ${client.stderr}`);
}
