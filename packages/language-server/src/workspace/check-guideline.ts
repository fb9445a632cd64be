import { GraphIndex } from '@guideline-as-code/model';
import { runChecks } from '@guideline-as-code/checks';
import { buildGuidelineGraph, decodeSource, type GuidelineSources, type ParsedGuideline, type SourceFile } from '@guideline-as-code/parser';
import type { GuidelineOnDisk, RunCache } from '@guideline-as-code/remark-preset-guideline';
import type { Diagnostic } from '@guideline-as-code/types';

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
export function checkGuideline(onDisk: GuidelineOnDisk, buffers: ReadonlyMap<string, { text: string; version: number }>, cache: RunCache): CheckResult {
  const reading = onDisk.diagnostics.filter((diagnostic) => !buffers.has(diagnostic.source?.file ?? ''));
  const texts = new Map([...buffers].map(([file, buffer]) => [file, decodeSource(file, new TextEncoder().encode(buffer.text), reading)]));
  const parsed = buildGuidelineGraph(withBuffers(onDisk.sources, texts), { cache });
  cache.endRun();
  const findings = runChecks({ ...parsed, diagnostics: [...reading, ...parsed.diagnostics] }, onDisk.config.config);
  return { parsed, index: new GraphIndex(parsed.graph), findings, versions: new Map([...buffers].map(([file, buffer]) => [file, buffer.version])) };
}

/**
 * The sources with each buffer in place of the file of the same path: a chapter, the
 * guideline's metadata, references or trials. A chapter not saved yet joins the others in
 * file-name order, as the reader orders chapters on disk.
 */
export function withBuffers(sources: GuidelineSources, texts: ReadonlyMap<string, string>): GuidelineSources {
  const swap = <F extends SourceFile | undefined>(file: F): F => (file && texts.has(file.path) ? { ...file, text: texts.get(file.path)! } : file);
  const chapters = sources.chapters.map(swap);
  for (const [path, text] of texts) {
    if (path.endsWith('.md') && !chapters.some((chapter) => chapter.path === path)) chapters.push({ path, text });
  }
  chapters.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const replaced: GuidelineSources = { ...sources, chapters };
  if (sources.metadata) replaced.metadata = swap(sources.metadata);
  if (sources.references) replaced.references = swap(sources.references);
  if (sources.trials) replaced.trials = swap(sources.trials);
  return replaced;
}
