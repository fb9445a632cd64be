import type { Diagnostic } from '@guideline-as-code/types';
import type { ParseCache } from '@guideline-as-code/parser';
import type { CommandIO } from '../io.js';
import { UsageError } from '../io.js';
import { checkGuidelines, findGuidelines, findingsOf, readConfig, selectGuidelines, withinPaths, type CheckedGuideline } from '../project.js';
import { formatGithub } from '../report/github.js';
import { formatJson } from '../report/json.js';
import type { Language } from '../report/language.js';
import { formatPretty } from '../report/pretty.js';
import { formatSarif } from '../report/sarif.js';
import { summarize } from '../report/summary.js';

export type ReportFormat = 'pretty' | 'json' | 'github' | 'sarif';

export interface CheckOptions {
  root: string;
  paths: string[];
  format: ReportFormat;
  language: Language;
  version: string;
  /** Where parse results of unchanged files are kept between runs; none means a cold run. */
  cache?: ParseCache & { prune?(): void };
}

/** `guideline check [paths…]`: exit 0 without errors, 1 with at least one error. */
export async function runCheck(options: CheckOptions, io: CommandIO): Promise<{ exitCode: number }> {
  const { keys, config } = await selection(options);
  const found = [...config.diagnostics, ...(await findingsOf(options.root, keys, config.config, options.cache))];
  const diagnostics = withinPaths(options.root, dedupeShared(found), options.paths);
  io.stdout(formatReport(diagnostics, options));
  return { exitCode: summarize(diagnostics).errors > 0 ? 1 : 0 };
}

/** Checks the selected guidelines and keeps their graphs, for `build`. */
export async function checkProject(options: Pick<CheckOptions, 'root' | 'paths' | 'cache'>): Promise<{ checked: CheckedGuideline[]; diagnostics: Diagnostic[] }> {
  const { keys, config } = await selection(options);
  const checked = await checkGuidelines(options.root, keys, config.config, options.cache);
  const found = [...config.diagnostics, ...checked.flatMap((result) => result.diagnostics)];
  const diagnostics = withinPaths(options.root, dedupeShared(found), options.paths);
  return { checked, diagnostics };
}

/** The guidelines the paths select, and the project's rule settings. */
async function selection(options: Pick<CheckOptions, 'root' | 'paths'>) {
  const all = await findGuidelines(options.root);
  const { keys, unknown } = selectGuidelines(options.root, all, options.paths);
  if (unknown.length > 0) throw new UsageError(`Not a guideline source path: ${unknown.join(', ')} (expected paths under guideline-src/)`);
  return { keys, config: await readConfig(options.root) };
}

export function formatReport(diagnostics: readonly Diagnostic[], options: Pick<CheckOptions, 'format' | 'language' | 'version'>): string {
  switch (options.format) {
    case 'json':
      return formatJson(diagnostics, options.language);
    case 'github':
      return formatGithub(diagnostics, options.language);
    case 'sarif':
      return formatSarif(diagnostics, options.language, options.version);
    default:
      return formatPretty(diagnostics, options.language);
  }
}

/** A problem in a shared lexicon file is found once per guideline; report it once. */
function dedupeShared(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((diagnostic) => {
    const key = `${diagnostic.ruleId} ${diagnostic.source?.file}:${diagnostic.source?.start.offset} ${diagnostic.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
