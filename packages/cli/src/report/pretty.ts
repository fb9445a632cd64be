import type { Diagnostic } from '@guideline-as-code/types';
import { type Language, say, words } from './language.js';
import { location } from './location.js';
import { summarize } from './summary.js';

/**
 * The default report: findings grouped per file, one line each as
 * `path:line:column  severity  message  rule-id`, then a summary line.
 */
export function formatPretty(diagnostics: readonly Diagnostic[], language: Language): string {
  const lines: string[] = [];
  let file: string | undefined;
  for (const diagnostic of diagnostics) {
    const current = diagnostic.source?.file ?? '';
    if (current !== file) {
      if (file !== undefined) lines.push('');
      lines.push(current || '(project)');
      file = current;
    }
    lines.push(formatLine(diagnostic, language));
  }
  if (lines.length > 0) lines.push('');
  lines.push(summaryLine(diagnostics, language));
  return `${lines.join('\n')}\n`;
}

function formatLine(diagnostic: Diagnostic, language: Language): string {
  const severity = diagnostic.suppressed ? say(words.acknowledged, language) : say(words[diagnostic.severity], language);
  let message = say(diagnostic.message, language);
  for (const related of diagnostic.related ?? []) {
    const note = related.message ? `${say(related.message, language)}: ` : '';
    message += ` (${say(words.see, language)} ${note}${location(related.source)})`;
  }
  if (diagnostic.suppressed) message += ` [${diagnostic.suppressed.reason}]`;
  return `${location(diagnostic.source)}  ${severity}  ${message}  ${diagnostic.ruleId}`;
}

function summaryLine(diagnostics: readonly Diagnostic[], language: Language): string {
  const summary = summarize(diagnostics);
  if (diagnostics.length === 0) return say(words.noFindings, language);
  const parts = [
    `${summary.errors} ${say(words.errors, language)}`,
    `${summary.warnings} ${say(words.warnings, language)}`,
    ...(summary.infos > 0 ? [`${summary.infos} ${say(words.infos, language)}`] : []),
    `${summary.acknowledged} ${say(words.acknowledgedMany, language)}`,
  ];
  return `${summary.errors > 0 ? '✖' : '✔'} ${parts.join(', ')}`;
}
