import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  DefinitionRequest,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type Location,
  type MarkupContent,
  type Position,
  type TextDocumentEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'yaml';
import { LspClient } from './client/lsp-client.js';

// Drives the built bin over stdio with a real LSP client, on a copy of the real guideline.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const bin = fileURLToPath(new URL('../bin/guideline-language-server.cjs', import.meta.url));
const chapterPath = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';

let project: string;
let client: LspClient;
let uri: string;
let text: string;
let version = 1;

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'guideline-lsp-'));
  await cp(path.join(repoRoot, 'guideline-src'), path.join(project, 'guideline-src'), { recursive: true });
  client = LspClient.start({ script: bin, args: ['--stdio'], cwd: project });
  uri = pathToFileURL(path.join(project, chapterPath)).href;
  text = await readFile(path.join(project, chapterPath), 'utf8');
  await client.initialize(pathToFileURL(project).href);
});

afterAll(async () => {
  expect(await client.stop(), client.stderr).toBe(0);
  await rm(project, { recursive: true, force: true });
});

/** Where `needle` stands in the text (the `nth` occurrence on the line that contains `line`). */
function positionOf(needle: string, lineContaining: string): Position {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(lineContaining));
  expect(line, `no line contains ${lineContaining}`).toBeGreaterThanOrEqual(0);
  const character = lines[line]!.indexOf(needle, lines[line]!.indexOf(lineContaining));
  expect(character).toBeGreaterThanOrEqual(0);
  return { line, character };
}

function textAt(diagnostic: Diagnostic): string {
  const document = TextDocument.create(uri, 'markdown', version, text);
  return document.getText(diagnostic.range);
}

const tableRow = '| paklitaxel | 175 mg/m2 |';
const mismatchInTable = (diagnostics: Diagnostic[]) =>
  diagnostics.find((d) => d.code === 'regimen-mismatch' && text.split('\n')[d.range.start.line]!.startsWith('| paklitaxel |'));

describe('guideline-language-server over stdio, on the real chapter', () => {
  it('publishes the findings of the opened chapter, in Swedish, with rule ids', async () => {
    await client.open(uri, text, version);
    const { diagnostics } = await client.diagnosticsFor(uri, version);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.source === 'guideline' && typeof d.code === 'string')).toBe(true);
    expect(diagnostics.some((d) => d.code === 'regimen-mismatch')).toBe(false);
    // The chapter's own acknowledged finding is a hint that gives the reason.
    const acknowledged = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Hint);
    expect(acknowledged.map((d) => d.code)).toContain('dose-conflict');
    expect(acknowledged[0]!.message).toMatch(/\[godtagen: Kontrollarmen i KEYNOTE-775/);
  });

  it('acknowledges the missing evidence grade of one recommendation bullet (line 12) under that bullet, changing no other finding', async () => {
    const before = (await client.diagnosticsFor(uri, version)).diagnostics;
    const finding = before.find((d) => d.code === 'missing-evidence-grade' && d.range.start.line === 11);
    expect(finding, JSON.stringify(before.map((d) => [d.code, d.range.start.line]))).toBeDefined();
    expect(finding!.severity).toBe(DiagnosticSeverity.Warning);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: finding!.range, context: { diagnostics: [finding!] } })) as CodeAction[];
    const acknowledge = actions.find((action) => action.title.includes('guideline-ignore'));
    expect(acknowledge, JSON.stringify(actions)).toBeDefined();
    text = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', version, text), (acknowledge!.edit!.documentChanges![0] as TextDocumentEdit).edits);
    // The documented form: its own line, indented under the bullet's `::villkor` line, inside the box.
    const lines = text.split('\n');
    expect(lines[11]).toMatch(/^- Vid återfall bör man i första hand utreda/);
    expect(lines[12]).toBe('  ::villkor[alltid]{#kurativ-behandling-forst}');
    expect(lines[13]).toMatch(/^ {2}<!-- guideline-ignore missing-evidence-grade(?: "[^"]+")?: ANGE SKÄL -->$/);
    expect(lines[14]).toMatch(/^- Hormonreceptorbestämning/);
    await client.change(uri, ++version, [{ text }]);
    const after = (await client.diagnosticsFor(uri, version)).diagnostics;
    const acknowledged = after.find((d) => d.code === 'missing-evidence-grade' && d.range.start.line === 11);
    expect(acknowledged?.severity).toBe(DiagnosticSeverity.Hint);
    expect(acknowledged!.message).toContain('[godtagen: ANGE SKÄL]');
    // Every other finding as it was (the same bullet's grade warning elsewhere in the box too), one line further down below the comment.
    const described = (d: Diagnostic, moved: number) => {
      const line = (at: number) => (at > 12 ? at + moved : at);
      return `${String(d.code)} ${d.severity} ${line(d.range.start.line)}:${d.range.start.character}-${line(d.range.end.line)}:${d.range.end.character} ${d.message}`;
    };
    expect(after.filter((d) => d !== acknowledged).map((d) => described(d, 0))).toEqual(before.filter((d) => d !== finding).map((d) => described(d, 1)));
  });

  it('reports a changed dose in the KarPak table against the recommendation, at the changed cell', async () => {
    const at = positionOf('175', tableRow);
    text = text.replace(tableRow, '| paklitaxel | 135 mg/m2 |');
    await client.change(uri, ++version, [{ range: { start: at, end: { line: at.line, character: at.character + 3 } }, text: '135' }]);
    const { diagnostics } = await client.diagnosticsFor(uri, version);
    const finding = mismatchInTable(diagnostics);
    expect(finding, JSON.stringify(diagnostics.map((d) => d.code))).toBeDefined();
    expect(finding!.severity).toBe(DiagnosticSeverity.Error);
    expect(finding!.range.start).toEqual(at);
    expect(textAt(finding!)).toMatch(/^135 mg\/m2/);
    expect(finding!.message).toContain('`paklitaxel` `135 mg/m2`');
    expect(finding!.codeDescription?.href).toMatch(/rules\.md#regimen-mismatch$/);
    // The related places are the two sentences that state 175 mg/m2.
    const related = finding!.relatedInformation ?? [];
    expect(related.length).toBe(2);
    for (const place of related) {
      expect(place.location.uri).toBe(uri);
      expect(textAt({ ...finding!, range: place.location.range })).toMatch(/175\s+mg\/m2/u);
    }
  });

  it('offers a guideline-ignore quick fix that turns the finding into a hint with the reason', async () => {
    const { diagnostics } = await client.diagnosticsFor(uri, version);
    const finding = mismatchInTable(diagnostics)!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: finding.range,
      context: { diagnostics: [finding] },
    })) as CodeAction[];
    const acknowledge = actions.find((action) => action.title.includes('guideline-ignore'));
    expect(acknowledge, JSON.stringify(actions)).toBeDefined();
    const change = acknowledge!.edit!.documentChanges![0] as TextDocumentEdit;
    expect(change.textDocument).toEqual({ uri, version });
    text = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', version, text), change.edits);
    expect(text).toContain('<!-- guideline-ignore regimen-mismatch "135 mg/m2": ANGE SKÄL -->\n:::regimen[KarPak]');
    // A whole-text change (full sync) this time.
    await client.change(uri, ++version, [{ text }]);
    const after = await client.diagnosticsFor(uri, version);
    const acknowledged = mismatchInTable(after.diagnostics)!;
    expect(acknowledged.severity).toBe(DiagnosticSeverity.Hint);
    expect(acknowledged.message).toContain('[godtagen: ANGE SKÄL]');
    // The same conflict seen from the recommendation is still an error, and no new finding appeared.
    expect(after.diagnostics.filter((d) => d.code === 'regimen-mismatch' && d.severity === DiagnosticSeverity.Error).length).toBe(2);
    expect(after.diagnostics.map((d) => d.code)).not.toContain('suppression-format');
    expect(after.diagnostics.map((d) => d.code)).not.toContain('unused-suppression');
  });

  it('shows the normalised reading of a dose on hover', async () => {
    const lexicon = parse(await readFile(path.join(project, 'guideline-src/lexicon/paclitaxel.yaml'), 'utf8')) as { inn: string; atc: { code: string } };
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf('175', 'föreslås karboplatin (AUC 5) och paklitaxel (175') });
    const value = (hover?.contents as MarkupContent).value;
    expect(value).toContain('rekommendation');
    expect(value).toContain(`**${lexicon.inn}**`);
    expect(value).toContain(`ATC ${lexicon.atc.code}`);
    expect(value).toContain('Mängd: 175 mg/m2 (per kroppsyta)');
    expect(value).toContain('Administrationsväg: *ej angivet*');
    const prose = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf('80', 'paklitaxel 80 mg/m2 veckovis') });
    expect((prose?.contents as MarkupContent).value).toContain('Intervall: var 7:e dag');
    const none = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf('Behandling', '# 13 Behandling av återfall') });
    expect(none).toBeNull();
  });

  it('goes from a citation to its entry in references.yaml', async () => {
    const locations = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf('126', '[@126; @133]') })) as Location[];
    expect(locations).toHaveLength(1);
    expect(locations[0]!.uri).toBe(pathToFileURL(path.join(project, 'guideline-src/livmoderkroppscancer/references.yaml')).href);
    const references = (await readFile(path.join(project, 'guideline-src/livmoderkroppscancer/references.yaml'), 'utf8')).split('\n');
    expect(references[locations[0]!.range.start.line]).toContain('"126"');
  });

  it('goes from a regimen name, in regim= and in prose, to its :::regimen table', async () => {
    const table = text.split('\n').findIndex((line) => line.startsWith(':::regimen[KarPak]'));
    for (const position of [positionOf('karpak', 'regim=karpak'), positionOf('KarPak', 'sju cykler KarPak'), positionOf('KarPak', '175 mg/m2 (KarPak)')]) {
      const locations = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position })) as Location[];
      expect(locations.map((l) => [l.uri, l.range.start.line])).toEqual([[uri, table]]);
    }
    const several = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf('paklitaxel-veckovis', 'regim="doxorubicin, pegylerat') })) as Location[];
    expect(several.map((l) => text.split('\n')[l.range.start.line])).toEqual([':::regimen[Paklitaxel veckovis]{#paklitaxel-veckovis intent=palliativ}']);
  });

  it('never publishes an older version after a newer one when edits come quickly, and speaks English when asked', async () => {
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { guideline: { language: 'en' } } });
    const before = client.published.length;
    for (let i = 0; i < 5; i++) {
      text += `\nMening ${i}.\n`;
      await client.change(uri, ++version, [{ text }]);
    }
    const { diagnostics } = await client.diagnosticsFor(uri, version);
    expect(mismatchInTable(diagnostics)!.message).toContain('[acknowledged: ANGE SKÄL]');
    const versions = client.published.slice(before).filter((p) => p.uri === uri).map((p) => p.version!);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(versions.at(-1)).toBe(version);
  });

  it('checks again when the editor reports a changed file on disk', async () => {
    const file = path.join(project, 'guideline-src/livmoderkroppscancer/references.yaml');
    const references = await readFile(file, 'utf8');
    const without126 = references.replace(/^- id: "126"\n(?: .*\n)*/m, '');
    expect(without126.length).toBeLessThan(references.length);
    await writeFile(file, without126);
    client.forget(uri);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(file).href, type: FileChangeType.Changed }] });
    const { diagnostics } = await client.diagnostics(uri, (params) => params.diagnostics.some((d) => d.code === 'unresolved-citation'));
    expect(diagnostics.filter((d) => d.code === 'unresolved-citation').map((d) => textAt(d))).toContain('@126');
  });
});
