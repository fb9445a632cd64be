import type { Diagnostic } from '@guideline-as-code/types';
import { count, type Language, nouns, say, words } from './language.js';
import { location } from './location.js';

/** GitHub shows at most this many annotations of each kind (error, warning, notice) per step. */
export const annotationsShownPerKind = 10;

type AnnotationKind = 'error' | 'warning' | 'notice';

/**
 * GitHub Actions workflow commands, so that each finding appears as an annotation on the
 * line of the pull request. Acknowledged findings become notices. GitHub drops annotations of
 * a kind past the tenth, so a closing line says how many more there are and where they are:
 * in the job summary when one is written, else only in this log.
 */
export function formatGithub(diagnostics: readonly Diagnostic[], language: Language, options: { jobSummary: boolean }): string {
  const lines = diagnostics.map((diagnostic) => `::${kindOf(diagnostic)} ${properties(diagnostic)}::${escapeData(text(diagnostic, language))}`);
  for (const kind of ['error', 'warning', 'notice'] as const) {
    const more = diagnostics.filter((diagnostic) => kindOf(diagnostic) === kind).length - annotationsShownPerKind;
    if (more > 0) lines.push(cutOff(kind, more, options.jobSummary, language));
  }
  return lines.join('\n') + (lines.length > 0 ? '\n' : '');
}

function kindOf(diagnostic: Diagnostic): AnnotationKind {
  if (diagnostic.suppressed) return 'notice';
  return diagnostic.severity === 'info' ? 'notice' : diagnostic.severity;
}

/** A plain log line (not an annotation, which could be dropped in turn). */
function cutOff(kind: AnnotationKind, more: number, jobSummary: boolean, language: Language): string {
  const noun = kind === 'error' ? nouns.error : kind === 'warning' ? nouns.warning : nouns.notice;
  const shown = count(annotationsShownPerKind, noun, language);
  if (language === 'sv') {
    return `GitHub visar högst ${shown} per steg som annoteringar; ${more} till ${jobSummary ? 'finns i jobbsammanfattningen' : 'finns bara i den här loggen'}.`;
  }
  return `GitHub shows at most ${shown} per step as annotations; ${more} more ${jobSummary ? 'are in the job summary' : 'are only in this log'}.`;
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
