import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, Source } from '@guideline-as-code/types';

/**
 * The key of our fingerprint in a SARIF result's `partialFingerprints`. Versioned: a new recipe
 * is a new key, never new values under the old one. Not `primaryLocationLineHash`, which
 * GitHub's upload-sarif computes itself (and warns about when a tool's value differs).
 */
export const fingerprintKey = 'guidelineFinding/v1';

/** The text of a source file by its project-relative path; undefined when it cannot be read. */
export type TextOf = (file: string) => string | undefined;

/** How far around a finding its context reaches at most, so that one huge line costs little. */
const contextWindow = 400;

/**
 * A fingerprint per finding, in the order given, that stays the same when the text around it
 * moves to other lines: a hash of the rule id, the file and the normalised text of the
 * finding's span and of its sentence (on its own line), never of a line or column.
 *
 * Two findings with the same rule, file, span text and sentence (the same sentence written
 * twice) would then share a hash, so each gets its occurrence number among those twins, in
 * file order, as GitHub's own `hash:occurrence` line hashes do: they stay distinct, and each
 * keeps its fingerprint as long as the twins keep their order.
 */
export function fingerprints(diagnostics: readonly Diagnostic[], textOf: TextOf): string[] {
  const hashes = diagnostics.map((diagnostic) => hash(identity(diagnostic, textOf)));
  const inFileOrder = diagnostics.map((_, index) => index).sort((a, b) => (diagnostics[a]!.source?.start.offset ?? 0) - (diagnostics[b]!.source?.start.offset ?? 0));
  const occurrences = new Map<string, number>();
  const result: string[] = new Array<string>(diagnostics.length);
  for (const index of inFileOrder) {
    const base = hashes[index]!;
    const occurrence = (occurrences.get(base) ?? 0) + 1;
    occurrences.set(base, occurrence);
    result[index] = `${base}:${occurrence}`;
  }
  return result;
}

/** What makes a finding the same finding across edits elsewhere in the file. */
function identity(diagnostic: Diagnostic, textOf: TextOf): string[] {
  const source = diagnostic.source;
  const text = source ? textOf(source.file) : undefined;
  // Without the text (no position, or the file is gone) the message is the best identity left.
  if (!source || text === undefined) return [diagnostic.ruleId, source?.file ?? '', diagnostic.message.en];
  return [diagnostic.ruleId, source.file, normalise(spanText(text, source)), normalise(sentenceAround(text, source))];
}

function spanText(text: string, source: Source): string {
  return text.slice(source.start.offset, Math.max(source.start.offset, source.end.offset));
}

/** The sentence the span stands in, on the span's own lines, at most `contextWindow` either side. */
function sentenceAround(text: string, source: Source): string {
  const start = source.start.offset;
  const end = Math.max(start, source.end.offset);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline;
  let before = text.slice(Math.max(lineStart, start - contextWindow), start);
  let after = text.slice(end, Math.min(lineEnd, end + contextWindow));
  const sentenceEnds = [...before.matchAll(/[.!?]\s/g)];
  const lastEnd = sentenceEnds.at(-1);
  if (lastEnd) before = before.slice(lastEnd.index + lastEnd[0].length);
  const nextEnd = after.search(/[.!?](?:\s|$)/);
  if (nextEnd !== -1) after = after.slice(0, nextEnd + 1);
  return `${before}\u0000${after}`;
}

/** Unicode NFC and runs of white space as one space: re-indenting or re-saving changes nothing. */
function normalise(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function hash(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/** Reads the project's source files for fingerprints, each once. */
export function projectTextReader(root: string): TextOf {
  const texts = new Map<string, string | undefined>();
  return (file) => {
    if (!texts.has(file)) {
      const full = path.join(root, file);
      // A finding may name a file that is gone or is not a regular file (a broken symlink).
      texts.set(file, existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined);
    }
    return texts.get(file);
  };
}
