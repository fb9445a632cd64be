import type { Diagnostic } from '@guideline-as-code/types';
import { type Language, say, words } from './language.js';
import { location } from './location.js';

/**
 * GitHub Actions workflow commands, so that each finding appears as an annotation on the
 * line of the pull request. Acknowledged findings become notices.
 */
export function formatGithub(diagnostics: readonly Diagnostic[], language: Language): string {
  return diagnostics.map((diagnostic) => `${command(diagnostic)} ${properties(diagnostic)}::${escapeData(text(diagnostic, language))}`).join('\n') + (diagnostics.length > 0 ? '\n' : '');
}

function command(diagnostic: Diagnostic): string {
  if (diagnostic.suppressed) return '::notice';
  return diagnostic.severity === 'error' ? '::error' : diagnostic.severity === 'warning' ? '::warning' : '::notice';
}

function properties(diagnostic: Diagnostic): string {
  const source = diagnostic.source;
  const parts = [`title=${escapeProperty(diagnostic.ruleId)}`];
  if (source) {
    parts.unshift(
      `file=${escapeProperty(source.file)}`,
      `line=${source.start.line}`,
      `col=${source.start.column}`,
      `endLine=${source.end.line}`,
      `endColumn=${source.end.column}`,
    );
  }
  return parts.join(',');
}

function text(diagnostic: Diagnostic, language: Language): string {
  let message = diagnostic.message[language];
  for (const related of diagnostic.related ?? []) message += ` (${related.message?.[language] ?? ''} ${location(related.source)})`;
  if (diagnostic.suppressed) message = `[${say(words.acknowledged, language)}: ${diagnostic.suppressed.reason}] ${message}`;
  return message;
}

// Escaping as the GitHub Actions toolkit does (core/src/command.ts).
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
