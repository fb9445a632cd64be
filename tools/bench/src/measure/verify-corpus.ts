import { guidelineBin } from '../paths.js';
import type { Corpus } from '../corpus/write-corpus.js';
import { markdownTable } from '../format.js';
import { runNode } from './run-measured.js';

export interface CorpusVerification {
  chapters: number;
  guidelines: number;
  exitCode: number;
  /** Error findings per rule id; empty when the corpus checks clean. */
  errorsByRule: Map<string, number>;
  /** One example message per rule with errors. */
  examples: Map<string, string>;
}

/**
 * Checks a synthetic corpus with the real CLI (`--format json`, no config): a corpus made of
 * copies of a clean chapter must check clean too. Rules that do report errors are named, so
 * the benchmark can say why and still measure them (as warnings).
 */
export function verifyCorpus(corpus: Corpus): CorpusVerification {
  const run = runNode(guidelineBin, ['check', '--format', 'json', '--lang', 'en'], { cwd: corpus.root });
  const errorsByRule = new Map<string, number>();
  const examples = new Map<string, string>();
  try {
    const report = JSON.parse(run.stdout) as { diagnostics: { ruleId: string; severity: string; message: string; file: string | null; line: number | null; suppressed: unknown }[] };
    for (const diagnostic of report.diagnostics) {
      if (diagnostic.severity !== 'error' || diagnostic.suppressed) continue;
      errorsByRule.set(diagnostic.ruleId, (errorsByRule.get(diagnostic.ruleId) ?? 0) + 1);
      if (!examples.has(diagnostic.ruleId)) examples.set(diagnostic.ruleId, `${diagnostic.file}:${diagnostic.line}: ${diagnostic.message}`);
    }
  } catch {
    errorsByRule.set('(no JSON report)', 1);
    examples.set('(no JSON report)', `exit code ${run.exitCode}: ${run.stderr.slice(0, 500)}`);
  }
  return { chapters: corpus.chapterFiles.length, guidelines: corpus.guidelines.length, exitCode: run.exitCode, errorsByRule, examples };
}

/** guideline.config.json that turns the given rules' errors into warnings (they still run). */
export function demoteToWarnings(rules: Iterable<string>): { rules: Record<string, string> } | undefined {
  const ids = [...rules].filter((id) => !id.startsWith('('));
  return ids.length === 0 ? undefined : { rules: Object.fromEntries(ids.map((id) => [id, 'warning'])) };
}

export function renderVerification(result: CorpusVerification): string[] {
  const lines = [
    '## The synthetic corpus checks clean',
    '',
    `The real chapter, replicated into ${result.guidelines} guidelines with ${result.chapters} chapters (renumbered, own regimen and rule ids), checked by the real CLI with no config.`,
    '',
  ];
  if (result.errorsByRule.size === 0 && result.exitCode === 0) return [...lines, `Exit code 0, no errors: **met**.`, ''];
  return [
    ...lines,
    `Exit code ${result.exitCode}: **missed**. The copies of a clean chapter should check clean; these rules report errors, so the corpora below set them to \`warning\` in guideline.config.json (the rules still run, so their cost is measured):`,
    '',
    markdownTable(
      ['rule', 'errors', 'example'],
      [...result.errorsByRule].map(([rule, count]) => [`\`${rule}\``, count, (result.examples.get(rule) ?? '').replace(/\|/g, '\\|').slice(0, 300)]),
    ),
    '',
  ];
}
