import type { Diagnostic, Source } from '@guideline-as-code/types';
import { indexOfComposed } from '../text/composed-search.js';

/**
 * An editor's acknowledgement of a finding:
 * `<!-- guideline-ignore rule-id [rule-id …] ["quoted text"]: reason -->`.
 * It covers the block that follows the comment (or, written inside a paragraph, that
 * paragraph). With quoted text it covers only findings on that text, so an acknowledgement of
 * one dose lapses when the dose is edited, and never hides a new finding nearby.
 */
export interface SuppressionComment {
  ruleIds: string[];
  reason: string;
  /** The text the acknowledgement is limited to, if the comment quotes one. */
  quote?: string;
  /** The comment itself. */
  source: Source;
  /** The covered range: a finding whose start lies in [start, end) of this file is acknowledged. */
  covers: { file: string; start: number; end: number };
  /** True when the quoted text is no longer in the block: the acknowledgement covers nothing. */
  stale?: boolean;
}

type ParsedComment = Omit<SuppressionComment, 'covers' | 'stale'>;

const commentPattern = /^<!--\s*guideline-ignore\b([\s\S]*?)-->\s*$/;
// Rules, then optionally a quoted text, then `: reason`. Rule ids may contain `:` (schema:required).
const bodyPattern = /^([^"“:]*(?::[^\s"“][^"“:]*)*?)\s*(?:["“]([^"”]+)["”])?\s*:\s+([\s\S]*)$/;

const ignoreOpening = /^\s*<!--\s*guideline-ignore\b/;

/** Whether an HTML block is meant as a `guideline-ignore` comment (understood or not: `parseSuppression` reports it). */
export function isIgnoreComment(html: string): boolean {
  return ignoreOpening.test(html);
}

const ownLineMessage = {
  en: 'A `guideline-ignore` comment must stand on its own line and end with `-->`: text after it on the same line, or everything after a comment never closed, is not read. For one bullet, write it on a line of its own indented under the bullet.',
  sv: 'En `guideline-ignore`-kommentar måste stå på en egen rad och sluta med `-->`: text efter den på samma rad, eller allt efter en kommentar som aldrig stängs, läses inte. För en enskild punkt, skriv den på en egen rad indragen under punkten.',
};

const formatMessage = {
  en: 'A `guideline-ignore` comment must name the rule and give a reason: `<!-- guideline-ignore rule-id: reason -->` (optionally with the exact text it concerns in quotes before the colon).',
  sv: 'En `guideline-ignore`-kommentar måste ange regeln och ett skäl: `<!-- guideline-ignore regel-id: skäl -->` (gärna med den exakta texten den gäller inom citattecken före kolonet).',
};

/**
 * Reads an HTML comment. Returns null for comments that are not ours; a `guideline-ignore`
 * comment without rule or reason is reported, because an acknowledgement must say why.
 */
export function parseSuppression(html: string, source: Source, diagnostics: Diagnostic[]): ParsedComment | null {
  const comment = commentPattern.exec(html.trim());
  if (!comment) {
    if (ignoreOpening.test(html)) diagnostics.push({ ruleId: 'suppression-format', severity: 'error', message: ownLineMessage, source });
    return null;
  }
  const body = bodyPattern.exec(comment[1]!.trim());
  const ruleIds = body?.[1]?.split(/[\s,]+/).filter(Boolean) ?? [];
  const reason = body?.[3]?.trim() ?? '';
  if (ruleIds.length === 0 || reason === '') {
    diagnostics.push({ ruleId: 'suppression-format', severity: 'error', message: formatMessage, source });
    return null;
  }
  return { ruleIds, reason, source, ...(body?.[2] ? { quote: body[2] } : {}) };
}

/**
 * The range a comment covers in the block [start, end) of the file: the whole block, or only
 * the quoted text. A quote that is not in the block any more is reported and covers nothing.
 */
export function coverBlock(comment: ParsedComment, file: string, text: string, start: number, end: number, diagnostics: Diagnostic[]): SuppressionComment {
  if (comment.quote === undefined) return { ...comment, covers: { file, start, end } };
  const found = indexOfComposed(text.slice(start, end), comment.quote);
  if (found) return { ...comment, covers: { file, start: start + found.start, end: start + found.end } };
  diagnostics.push({
    ruleId: 'suppression-format',
    severity: 'error',
    message: {
      en: `The acknowledged text \`${comment.quote}\` is not in the block that follows any more, so the acknowledgement no longer applies. Check the finding again, then update or remove the comment.`,
      sv: `Den godtagna texten \`${comment.quote}\` finns inte längre i stycket som följer, så godkännandet gäller inte längre. Granska fyndet på nytt och uppdatera eller ta bort kommentaren.`,
    },
    source: comment.source,
  });
  return { ...comment, covers: { file, start: 0, end: 0 }, stale: true };
}
