import { runChecks } from '@guideline-as-code/checks';
import { findGuidelines, guidelineProseCoverage, loadGuideline, readGuidelineSources, silentlyDropped, type GuidelineProseCoverage } from '@guideline-as-code/parser';
import type { Diagnostic } from '@guideline-as-code/types';

/**
 * Prose the graph lost without a finding saying so, or read twice, in every guideline of a
 * project: one line per gap (`file:line:column "text"`); none when nothing was lost.
 */
export async function silentLosses(projectRoot: string): Promise<string[]> {
  const gaps: string[] = [];
  for (const key of await findGuidelines(projectRoot)) {
    const parsed = await loadGuideline(projectRoot, key);
    const { sources } = await readGuidelineSources(projectRoot, key);
    gaps.push(...gapsOf(guidelineProseCoverage(sources, parsed.graph), runChecks(parsed)));
  }
  return gaps;
}

/** The gaps of a coverage: prose no node holds and no finding explains, and prose held twice. */
export function gapsOf(coverage: GuidelineProseCoverage, findings: readonly Diagnostic[]): string[] {
  return coverage.chapters.flatMap((chapter) =>
    [...silentlyDropped(chapter.uncovered, findings).map((span) => ['not read', span] as const), ...chapter.doublyCovered.map((span) => ['read twice', span] as const)].map(
      ([what, span]) => `${span.source.file}:${span.source.start.line}:${span.source.start.column} ${what}: ${JSON.stringify(span.text.slice(0, 80))}`,
    ),
  );
}
