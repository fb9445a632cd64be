import path from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Diagnostic, Source } from '@guideline-as-code/types';
import { configFileName, runChecks } from '@guideline-as-code/checks';
import { buildGuidelineGraph, findProjectRoot, sourcesFolder } from '@guideline-as-code/parser';
import { bufferChapter, withChapter } from './buffer-chapter.js';
import { attachFinding, type Language, type Located } from './vfile-findings.js';
import { warmGuideline } from './warm-guideline.js';

export interface GuidelineLintOptions {
  /** Message language; Swedish by default, as for `guideline check`. */
  lang?: Language;
  /**
   * Findings that editors acknowledged with `<!-- guideline-ignore … -->` are left out by
   * default, as remark-lint leaves out what `<!-- lint ignore -->` covers; `true` shows them as
   * info messages that give the reason (for a reviewer).
   */
  showAcknowledged?: boolean;
}

/**
 * remark plugin that runs every `guideline check` rule on the file being linted and attaches
 * the findings as vfile messages, so remark-cli and the remark editor extensions show what
 * `guideline check` shows. The file is read from the tree remark parsed (with the guideline
 * syntax, which the preset sets up) and its possibly unsaved text; the rest of the guideline
 * is kept warm between runs and read again only when it changed on disk. Files that are not
 * chapters of a guideline on disk (outside guideline-src/<guideline>/, a README) are left alone.
 */
export function remarkGuidelineLint(options: GuidelineLintOptions = {}) {
  const language = options.lang ?? 'sv';
  return async function transformer(tree: Root, file: VFile): Promise<void> {
    const where = locate(file);
    if (!where) return;
    const guideline = warmGuideline(where.root, where.key);
    const onDisk = await guideline.onDisk();
    const buffer = bufferChapter(file, tree, where.relative);
    const sources = withChapter(onDisk.sources, buffer.chapter);
    if (!sources) return;
    // Built and the run ended in one synchronous step, so runs on several files never interleave here.
    const parsed = buildGuidelineGraph(sources, { cache: guideline.cache });
    guideline.cache.endRun();
    const reading = [...onDisk.diagnostics.filter((d) => d.source?.file !== where.relative), ...buffer.diagnostics];
    reportConfigErrors(file, onDisk.config.diagnostics, language);
    const findings = runChecks({ ...parsed, diagnostics: [...reading, ...parsed.diagnostics] }, onDisk.config.config);
    for (const finding of findings) {
      if (!inFile(finding, where.relative) || (finding.suppressed && !options.showAcknowledged)) continue;
      attachFinding(file, finding, language, where);
    }
  };
}

function inFile(finding: Diagnostic, relative: string): finding is Diagnostic & { source: Source } {
  return finding.source?.file === relative;
}

function locate(file: VFile): (Located & { key: string }) | null {
  if (!file.path) return null;
  const absolute = path.resolve(file.cwd, file.path);
  const root = findProjectRoot(path.dirname(absolute));
  if (!root) return null;
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  const [top, key, name] = relative.split('/');
  if (top !== sourcesFolder || !key || !name?.endsWith('.md')) return null;
  return { root, key, relative };
}

/**
 * A broken config file is never applied in silence: its errors are fatal messages on every
 * linted chapter (the usable settings are still applied, as `guideline check` applies them).
 */
function reportConfigErrors(file: VFile, diagnostics: readonly Diagnostic[], language: Language): void {
  for (const error of diagnostics.filter((diagnostic) => diagnostic.severity === 'error')) {
    const at = error.source ? `:${error.source.start.line}:${error.source.start.column}` : '';
    const message = file.message(`${configFileName}${at}: ${error.message[language]}`, { ruleId: error.ruleId, source: 'guideline' });
    message.fatal = true;
  }
}
