import type { Diagnostic, FindingId, LocalizedText, Source } from '@guideline-as-code/types';
import { ruleDocumentationUrl } from '@guideline-as-code/checks';
import { count, type Language, nouns, say, words } from './language.js';
import { summarize, summaryLine } from './summary.js';

/** GitHub takes at most 1 MiB of summary per step; stay well below it and say what was left out. */
const summaryBudget = 900_000;

export interface JobSummaryOptions {
  failed: boolean;
  /** Why warnings failed the check, if they did. */
  reasons: readonly LocalizedText[];
  /** A link to a line of a file in the commit under check, when the workflow says which. */
  lineUrl?: (file: string, line: number) => string;
}

const headings = {
  location: { sv: 'Plats', en: 'Location' },
  severity: { sv: 'Nivå', en: 'Severity' },
  rule: { sv: 'Regel', en: 'Rule' },
  message: { sv: 'Meddelande', en: 'Message' },
  acknowledged: { sv: 'Godtagna fynd', en: 'Acknowledged findings' },
} as const satisfies Record<string, LocalizedText>;

/**
 * The Markdown job summary of `check --format github`: every finding in a table (annotations
 * stop at ten of a kind), acknowledged findings with their reasons in a short list, and the counts.
 */
export function formatJobSummary(diagnostics: readonly Diagnostic[], language: Language, options: JobSummaryOptions): string {
  const open = diagnostics.filter((diagnostic) => !diagnostic.suppressed);
  const acknowledged = diagnostics.filter((diagnostic) => diagnostic.suppressed);
  const lines = ['## guideline check', '', summaryLine(summarize(diagnostics), options.failed, language), ...options.reasons.map((reason) => `\n${say(reason, language)}`), ''];
  const rows: string[] = [];
  if (open.length > 0) {
    rows.push(`| ${say(headings.location, language)} | ${say(headings.severity, language)} | ${say(headings.rule, language)} | ${say(headings.message, language)} |`, '| --- | --- | --- | --- |');
    for (const diagnostic of open) {
      rows.push(`| ${place(diagnostic.source, options)} | ${say(words[diagnostic.severity], language)} | ${rule(diagnostic.ruleId)} | ${cell(say(diagnostic.message, language))} |`);
    }
  }
  if (acknowledged.length > 0) {
    rows.push('', `### ${say(headings.acknowledged, language)} (${acknowledged.length})`, '');
    for (const diagnostic of acknowledged) rows.push(`- ${place(diagnostic.source, options)} ${rule(diagnostic.ruleId)}: ${cell(shorten(diagnostic.suppressed?.reason ?? ''))}`);
  }
  let size = Buffer.byteLength(lines.join('\n'));
  let kept = 0;
  for (const row of rows) {
    size += Buffer.byteLength(row) + 1;
    if (size > summaryBudget) break;
    kept++;
  }
  lines.push(...rows.slice(0, kept));
  if (kept < rows.length) lines.push('', leftOut(rows.length - kept, language));
  return `${lines.join('\n')}\n`;
}

function place(source: Source | null, options: JobSummaryOptions): string {
  if (!source) return '—';
  const label = `${cell(source.file)}:${source.start.line}`;
  return options.lineUrl ? `[${label}](${options.lineUrl(source.file, source.start.line)})` : label;
}

function rule(ruleId: FindingId): string {
  return `[\`${ruleId}\`](${ruleDocumentationUrl(ruleId)})`;
}

/** Text safe in a table cell: no line breaks, pipes escaped, no HTML outside code spans. */
function cell(text: string): string {
  const flat = text.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
  return flat
    .split('`')
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;')))
    .join('`');
}

function shorten(text: string): string {
  return text.length <= 200 ? text : `${text.slice(0, 199)}…`;
}

function leftOut(rows: number, language: Language): string {
  const findings = count(rows, nouns.row, language);
  return language === 'sv'
    ? `${findings} till fick inte plats (GitHub tar högst 1 MiB sammanfattning per steg); se SARIF-rapporten eller loggen.`
    : `${findings} more did not fit (GitHub takes at most 1 MiB of summary per step); see the SARIF report or the log.`;
}
