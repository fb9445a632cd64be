import type { Diagnostic, Source } from '@guideline-as-code/types';

/** A text a finding proposes instead of what is written, and the span it replaces. */
export interface Replacement {
  text: string;
  source: Source;
}

/**
 * The replacements a finding proposes, e.g. the lexicon's spelling for a misspelt drug. No
 * finding carries one yet in a fixed shape, so this reads the likely ones generically: a
 * `suggestion`, `suggestions` or `replacement` field, or a `fix` with a `replacement`, each a
 * string (replacing the finding's own span) or `{ text | value, source? }`.
 */
export function suggestedReplacements(finding: Diagnostic & { source: Source }): Replacement[] {
  const carrier = finding as unknown as Record<string, unknown>;
  const fix = carrier['fix'];
  const candidates = [carrier['suggestion'], carrier['suggestions'], carrier['replacement'], isRecord(fix) ? fix['replacement'] : undefined].flat();
  const replacements: Replacement[] = [];
  for (const candidate of candidates) {
    const replacement = readReplacement(candidate, finding.source);
    if (replacement && !replacements.some((r) => r.text === replacement.text && r.source.start.offset === replacement.source.start.offset)) {
      replacements.push(replacement);
    }
  }
  return replacements;
}

function readReplacement(candidate: unknown, own: Source): Replacement | null {
  if (typeof candidate === 'string') return candidate === '' ? null : { text: candidate, source: own };
  if (!isRecord(candidate)) return null;
  const text = typeof candidate['text'] === 'string' ? candidate['text'] : candidate['value'];
  if (typeof text !== 'string' || text === '') return null;
  const source = isSource(candidate['source']) && candidate['source'].file === own.file ? candidate['source'] : own;
  return { text, source };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSource(value: unknown): value is Source {
  if (!isRecord(value) || typeof value['file'] !== 'string') return false;
  const start = value['start'];
  const end = value['end'];
  return isRecord(start) && isRecord(end) && typeof start['offset'] === 'number' && typeof end['offset'] === 'number';
}
