import path from 'node:path';
import type { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { formatSource, type Diagnostic, type LocalizedText, type RelatedPlace, type Source } from '@guideline-as-code/types';
import { ruleDocumentationUrl } from '@guideline-as-code/checks';

export type Language = 'sv' | 'en';

/** Where the linted file is: the project root and the file's path relative to it. */
export interface Located {
  root: string;
  relative: string;
}

const messageSource = 'guideline';
const acknowledgedWord: LocalizedText = { sv: 'godtagen', en: 'acknowledged' };
const seeAlso: LocalizedText = { sv: 'Se även', en: 'See also' };
const relatedWord: LocalizedText = { sv: 'samma fynd', en: 'same finding' };

/**
 * Attaches a finding to the file as remark-lint's rules do (unified-lint-rule): `place`,
 * `ruleId`, `source`, `url`, and `fatal` true for errors, false for warnings, undefined for
 * info. Each related place becomes a `cause`: a message at that place, as remark-lint points
 * at the first of two duplicate headings; a finding with several related places chains them,
 * each the `cause` of the one before. The fix and the related places, as `file:line:column`,
 * go into `note`, which language servers show under the message. An acknowledged finding is an
 * info message that says so and why.
 */
export function attachFinding(file: VFile, finding: Diagnostic & { source: Source }, language: Language, where: Located): VFileMessage {
  const acknowledged = finding.suppressed ? ` [${acknowledgedWord[language]}: ${finding.suppressed.reason}]` : '';
  const related = finding.related ?? [];
  const cause = relatedCause(file, related, finding.ruleId, language, where);
  const message = file.message(finding.message[language] + acknowledged, {
    place: { start: finding.source.start, end: finding.source.end },
    ruleId: finding.ruleId,
    source: messageSource,
    ...(cause ? { cause } : {}),
  });
  message.fatal = finding.suppressed ? undefined : finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined;
  message.url = ruleDocumentationUrl(finding.ruleId);
  const note = [finding.fix?.[language], ...related.map((place) => `${seeAlso[language]}: ${describePlace(place, language)}`)].filter(Boolean);
  if (note.length > 0) message.note = note.join('\n');
  return message;
}

function relatedCause(file: VFile, related: readonly RelatedPlace[], ruleId: string, language: Language, where: Located): VFileMessage | undefined {
  let cause: VFileMessage | undefined;
  for (const place of [...related].reverse()) {
    const message: VFileMessage = new VFileMessage(place.message?.[language] ?? relatedWord[language], {
      place: { start: place.source.start, end: place.source.end },
      ruleId,
      source: messageSource,
      ...(cause ? { cause } : {}),
    });
    message.file = filePath(file, place.source.file, where);
    cause = message;
  }
  return cause;
}

/** A related place's file as the linted file's path is given: the same path for the same file, else relative to the same folder. */
function filePath(file: VFile, related: string, where: Located): string {
  if (related === where.relative) return file.path;
  const absolute = path.join(where.root, related);
  return path.isAbsolute(file.path) ? absolute : path.relative(file.cwd, absolute);
}

function describePlace(place: RelatedPlace, language: Language): string {
  return place.message ? `${formatSource(place.source)} (${place.message[language]})` : formatSource(place.source);
}
