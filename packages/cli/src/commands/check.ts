import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '@guideline-as-code/types';
import type { ParseCache } from '@guideline-as-code/parser';
import type { CommandIO } from '../io.js';
import { UsageError } from '../io.js';
import { cliMessages } from '../messages/cli-messages.js';
import { checkGuidelines, findGuidelines, findingsOf, readConfig, selectGuidelines, withinPaths, type CheckedGuideline } from '../project.js';
import { formatReport, type ReportOptions } from '../report/format-report.js';
import { formatJobSummary } from '../report/job-summary.js';
import { say } from '../report/language.js';
import { summarize, summaryLine } from '../report/summary.js';
import { verdict, type FailPolicy } from './fail-level.js';

export interface CheckOptions extends ReportOptions {
  root: string;
  paths: string[];
  /** Where parse results of unchanged files are kept between runs; none means a cold run. */
  cache?: ParseCache & { prune?(): void };
}

export interface CheckRunOptions extends CheckOptions {
  policy: FailPolicy;
  /** Write the report to this file (absolute) and only a summary line to stdout; `label` is how the user named it. */
  output?: { file: string; label: string };
}

/** `guideline check [paths…]`: exit 0 when the check passes, 1 when it fails (fail-level.ts). */
export async function runCheck(options: CheckRunOptions, io: CommandIO): Promise<{ exitCode: number }> {
  const { keys, config } = await selection(options);
  const found = [...config.diagnostics, ...(await findingsOf(options.root, keys, config.config, options.cache))];
  const diagnostics = withinPaths(options.root, dedupeShared(found), options.paths);
  const summary = summarize(diagnostics);
  const { exitCode, reasons } = verdict(summary, options.policy);

  const summaryFile = options.format === 'github' ? io.env?.['GITHUB_STEP_SUMMARY'] : undefined;
  if (summaryFile) {
    const lineUrl = commitLineUrl(io.env ?? {});
    await appendFile(summaryFile, formatJobSummary(diagnostics, options.language, { failed: exitCode !== 0, reasons, ...(lineUrl ? { lineUrl } : {}) }));
  }
  const report = formatReport(diagnostics, options, { root: options.root, exitCode, jobSummary: Boolean(summaryFile) });
  if (options.output) {
    await mkdir(path.dirname(options.output.file), { recursive: true });
    await writeFile(options.output.file, report);
    io.stdout(`${summaryLine(summary, exitCode !== 0, options.language)} (${say(cliMessages.reportWritten(options.output.label), options.language)})\n`);
  } else {
    io.stdout(report);
  }
  // On stderr, so that JSON and SARIF on stdout stay parseable.
  for (const reason of reasons) io.stderr(`${say(reason, options.language)}\n`);
  return { exitCode };
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
  if (unknown.length > 0) throw new UsageError(cliMessages.notGuidelineSource(unknown), { showUsage: false });
  return { keys, config: await readConfig(options.root) };
}

/** A link to a line in the commit a GitHub workflow checks, from the variables GitHub sets. */
function commitLineUrl(env: Readonly<Record<string, string | undefined>>): ((file: string, line: number) => string) | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  if (!server || !repository || !sha) return undefined;
  return (file, line) => `${server}/${repository}/blob/${sha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
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
