import { fileURLToPath } from 'node:url';
import { loadChecksConfig, runChecks, sortDiagnostics } from '@guideline-as-code/checks';
import { buildGuidelineGraph, readGuidelineSources } from '@guideline-as-code/parser';
import type { PreviewGuideline } from '../site-input.js';

export const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const chapterPath = 'guideline-src/livmoderkroppscancer/13-behandling-av-aterfall.md';

/**
 * The real guideline as the preview gets it, checked with the project's settings; `edit`
 * changes the chapter's text first (a copy in memory: the file is never touched).
 */
export async function realGuideline(edit: (text: string) => string = (text) => text): Promise<PreviewGuideline> {
  const { sources, diagnostics: readFindings } = await readGuidelineSources(repositoryRoot, 'livmoderkroppscancer');
  const chapters = sources.chapters.map((chapter) => (chapter.path === chapterPath ? { path: chapter.path, text: edit(chapter.text) } : chapter));
  const parsed = buildGuidelineGraph({ ...sources, chapters });
  const diagnostics = runChecks({ ...parsed, diagnostics: [...readFindings, ...parsed.diagnostics] }, await loadChecksConfig(repositoryRoot));
  return { key: sources.key, graph: parsed.graph, diagnostics: sortDiagnostics(diagnostics), chapters, patientFacts: parsed.patientFacts };
}
