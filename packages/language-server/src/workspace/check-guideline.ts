import { GraphIndex } from '@guideline-as-code/model';
import { runChecks } from '@guideline-as-code/checks';
import { buildGuidelineGraph, decodeSource, type ChapterFile, type GuidelineSources, type ParsedGuideline, type SourceFile } from '@guideline-as-code/parser';
import type { GuidelineOnDisk, RunCache } from '@guideline-as-code/remark-preset-guideline';
import type { Diagnostic } from '@guideline-as-code/types';
import type { Root } from 'mdast';

/** An open document: its text, version, and its tree when one was kept from the last edit. */
export interface Buffer {
  text: string;
  version: number;
  tree?: Root | undefined;
}

/** One check of a guideline: the graph it built and every finding, for the buffer versions it read. */
export interface CheckResult {
  parsed: ParsedGuideline;
  index: GraphIndex;
  findings: Diagnostic[];
  /** The version of each open document (by path relative to the root) that was checked. */
  versions: ReadonlyMap<string, number>;
}

/**
 * Builds the graph and runs every rule on the guideline as the editor has it: the open
 * buffers (by path relative to the project root) in place of their files on disk, the rest as
 * on disk. Unchanged files come from `cache` by content hash, so only edited ones are parsed.
 */
export function checkGuideline(onDisk: GuidelineOnDisk, buffers: ReadonlyMap<string, Buffer>, cache: RunCache): CheckResult {
  const reading = onDisk.diagnostics.filter((diagnostic) => !buffers.has(diagnostic.source?.file ?? ''));
  const texts = new Map(
    [...buffers].map(([file, buffer]) => {
      const text = decodeSource(file, new TextEncoder().encode(buffer.text), reading);
      return [file, { text, tree: text === buffer.text ? buffer.tree : undefined }];
    }),
  );
  const parsed = buildGuidelineGraph(withBuffers(onDisk.sources, texts), { cache, blocks: cache });
  cache.endRun();
  const findings = runChecks({ ...parsed, diagnostics: [...reading, ...parsed.diagnostics] }, onDisk.config.config);
  return { parsed, index: new GraphIndex(parsed.graph), findings, versions: new Map([...buffers].map(([file, buffer]) => [file, buffer.version])) };
}

/**
 * The sources with each buffer in place of the file of the same path: a chapter, the
 * guideline's metadata, references or trials. A chapter not saved yet joins the others in
 * file-name order, as the reader orders chapters on disk.
 */
export function withBuffers(sources: GuidelineSources, texts: ReadonlyMap<string, { text: string; tree?: Root | undefined }>): GuidelineSources {
  const swap = <F extends SourceFile | undefined>(file: F): F => (file && texts.has(file.path) ? { ...file, text: texts.get(file.path)!.text } : file);
  const chapters = sources.chapters.map((chapter) => (texts.has(chapter.path) ? buffered(chapter.path, texts.get(chapter.path)!) : chapter));
  for (const [path, buffer] of texts) {
    if (path.endsWith('.md') && !chapters.some((chapter) => chapter.path === path)) chapters.push(buffered(path, buffer));
  }
  chapters.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const replaced: GuidelineSources = { ...sources, chapters };
  if (sources.metadata) replaced.metadata = swap(sources.metadata);
  if (sources.references) replaced.references = swap(sources.references);
  if (sources.trials) replaced.trials = swap(sources.trials);
  return replaced;
}

/** A chapter from a buffer; its tree only when it was parsed from exactly this text (decoding may drop a byte-order mark). */
function buffered(path: string, buffer: { text: string; tree?: Root | undefined }): ChapterFile {
  return buffer.tree ? { path, text: buffer.text, tree: buffer.tree } : { path, text: buffer.text };
}
