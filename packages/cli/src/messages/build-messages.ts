import type { PackageBuildResult } from '@guideline-as-code/codegen';
import type { GuidelineProseCoverage } from '@guideline-as-code/parser';
import { count, type Language, nouns } from '../report/language.js';

/** The lines `guideline build` writes, in the language asked for. */
export const buildMessages = {
  wroteGraph: (file: string, nodes: number, edges: number, language: Language): string =>
    `${language === 'sv' ? 'skrev' : 'wrote'} ${file} (${count(nodes, nouns.node, language)}, ${count(edges, nouns.edge, language)})`,

  /** e.g. `prose coverage 100.0 % (25412 of 25412 characters in exactly one node)`, with the first gap when there is one. */
  proseCoverage: (coverage: GuidelineProseCoverage, language: Language): string => {
    // Rounded down, so that 99.99 % is never shown as 100.0 %.
    const percent = (Math.floor(coverage.percentage * 10) / 10).toFixed(1);
    const characters = count(coverage.proseCharacters, nouns.character, language);
    const line =
      language === 'sv'
        ? `täckning av löptexten ${percent} % (${coverage.coveredOnce} av ${characters} i exakt en nod)`
        : `prose coverage ${percent} % (${coverage.coveredOnce} of ${characters} in exactly one node)`;
    const gaps = coverage.chapters.flatMap((chapter) => [
      ...chapter.uncovered.map((span) => [language === 'sv' ? 'inte läst' : 'not read', span] as const),
      ...chapter.doublyCovered.map((span) => [language === 'sv' ? 'läst två gånger' : 'read twice', span] as const),
    ]);
    const gap = gaps[0];
    if (!gap) return line;
    const [what, span] = gap;
    const where = `${span.source.file}:${span.source.start.line}:${span.source.start.column}`;
    return `${line}; ${language === 'sv' ? 'första luckan' : 'first gap'}: ${where} ${what}: ${JSON.stringify(span.text.slice(0, 60))}`;
  },

  package: (result: PackageBuildResult, where: string, language: Language): string => {
    if (result.status === 'no-generator') {
      return language === 'sv'
        ? `hoppade över ${where}: ingen generator \`${result.package.generator}\` för ${result.package.name}`
        : `skipped ${where}: no generator \`${result.package.generator}\` for ${result.package.name}`;
    }
    const { written, unchanged, deleted } = result.summary;
    const name = `${result.package.name} ${result.package.version}`;
    // Swedish participles agree with the count (1 skriven, 2 skrivna): "label count" avoids that.
    return language === 'sv'
      ? `skrev ${where} (${name}: skrivna ${written}, oförändrade ${unchanged}, inaktuella borttagna ${deleted})`
      : `wrote ${where} (${name}: ${written} written, ${unchanged} unchanged, ${deleted} stale deleted)`;
  },

  noGuideline: (where: string, guideline: string, language: Language): string =>
    language === 'sv' ? `hoppade över ${where}: inget vårdprogram \`${guideline}\` i guideline-src/` : `skipped ${where}: no guideline \`${guideline}\` in guideline-src/`,
};
