import type { Diagnostic } from '@guideline-as-code/types';
import { type Language, say, words } from './language.js';
import { location } from './location.js';
import { summarize, summaryLine } from './summary.js';

/**
 * The default report: findings grouped per file, one line each as
 * `path:line:column  severity  message  rule-id`, then a summary line.
 */
export function formatPretty(diagnostics: readonly Diagnostic[], language: Language, failed: boolean): string {
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
  lines.push(summaryLine(summarize(diagnostics), failed, language));
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
