import type { KnowledgeGraph } from '@guideline-as-code/model';
import type { GuidelineSources } from '../guideline-sources.js';
import { parseMarkdown } from '../markdown.js';
import { readGuidelineSources } from '../read/read-project.js';
import { proseCoverage, type ProseCoverage } from './prose-coverage.js';

/** Prose coverage of every chapter of a guideline, and in total. */
export interface GuidelineProseCoverage {
  chapters: ProseCoverage[];
  proseCharacters: number;
  coveredOnce: number;
  percentage: number;
}

/** Measures how much of each chapter's prose the graph holds in exactly one node. */
export function guidelineProseCoverage(sources: Pick<GuidelineSources, 'chapters'>, graph: KnowledgeGraph): GuidelineProseCoverage {
  const chapters = sources.chapters.map((chapter) => proseCoverage(chapter, parseMarkdown(chapter.text), graph));
  const proseCharacters = chapters.reduce((sum, chapter) => sum + chapter.proseCharacters, 0);
  const coveredOnce = chapters.reduce((sum, chapter) => sum + chapter.coveredOnce, 0);
  return { chapters, proseCharacters, coveredOnce, percentage: proseCharacters === 0 ? 100 : (100 * coveredOnce) / proseCharacters };
}

/** The same, reading the chapters from disk: for `guideline build`, which has only the graph. */
export async function loadGuidelineProseCoverage(projectRoot: string, key: string, graph: KnowledgeGraph): Promise<GuidelineProseCoverage> {
  const { sources } = await readGuidelineSources(projectRoot, key);
  return guidelineProseCoverage(sources, graph);
}

/**
 * One line for a build log, e.g. `prose coverage 100.0 % (25 412 of 25 412 characters in
 * exactly one node)`, with the first gap when there is one.
 */
export function formatProseCoverage(coverage: GuidelineProseCoverage): string {
  // Rounded down, so that 99.99 % is never shown as 100.0 %.
  const percent = (Math.floor(coverage.percentage * 10) / 10).toFixed(1);
  const count = (n: number) => String(n);
  const line = `prose coverage ${percent} % (${count(coverage.coveredOnce)} of ${count(coverage.proseCharacters)} characters in exactly one node)`;
  const gap = coverage.chapters.flatMap((chapter) => [...chapter.uncovered.map((span) => ['not read', span] as const), ...chapter.doublyCovered.map((span) => ['read twice', span] as const)])[0];
  if (!gap) return line;
  const [what, span] = gap;
  return `${line}; first gap: ${span.source.file}:${span.source.start.line}:${span.source.start.column} ${what}: ${JSON.stringify(span.text.slice(0, 60))}`;
}
