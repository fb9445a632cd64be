import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Diagnostic } from '@guideline-as-code/types';
import { loadChecksConfig, ruleDocumentationUrl, runChecks } from '@guideline-as-code/checks';
import { buildGuidelineGraph, findProjectRoot, readGuidelineSources, sourcesFolder } from '@guideline-as-code/parser';

export interface GuidelineLintOptions {
  /** Message language; Swedish by default, as for `guideline check`. */
  lang?: 'sv' | 'en';
}

/**
 * remark plugin that runs every `guideline check` rule on the file being linted and attaches
 * the findings as vfile messages, so remark-cli and the remark editor extensions show exactly
 * what `guideline check` shows. The file's own (possibly unsaved) text is used; the rest of
 * the guideline is read from disk. Files outside guideline-src/<guideline>/ are left alone.
 */
export function remarkGuidelineLint(options: GuidelineLintOptions = {}) {
  const language = options.lang ?? 'sv';
  return async function transformer(_tree: Root, file: VFile): Promise<void> {
    const located = locate(file);
    if (!located) return;
    const { root, key, relative } = located;
    const { sources, diagnostics } = await readGuidelineSources(root, key);
    const text = String(file.value);
    sources.chapters = sources.chapters.map((chapter) => (chapter.path === relative ? { ...chapter, text } : chapter));
    const parsed = buildGuidelineGraph(sources);
    const findings = runChecks({ ...parsed, diagnostics: [...diagnostics, ...parsed.diagnostics] }, await loadChecksConfig(root));
    for (const finding of findings) {
      if (finding.source?.file === relative && !finding.suppressed) attach(file, finding, language);
    }
  };
}

function locate(file: VFile): { root: string; key: string; relative: string } | null {
  if (!file.path) return null;
  const absolute = path.resolve(file.cwd, file.path);
  const root = findProjectRoot(path.dirname(absolute));
  if (!root) return null;
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  const [top, key, name] = relative.split('/');
  if (top !== sourcesFolder || !key || !name?.endsWith('.md')) return null;
  return { root, key, relative };
}

function attach(file: VFile, finding: Diagnostic, language: 'sv' | 'en'): void {
  const source = finding.source!;
  const message = file.message(finding.message[language], {
    place: { start: source.start, end: source.end },
    ruleId: finding.ruleId,
    source: 'guideline',
  });
  // As unified-lint-rule does: fatal for errors, false for warnings, undefined for info.
  message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined;
  message.url = ruleDocumentationUrl(finding.ruleId);
  if (finding.fix) message.note = finding.fix[language];
}
