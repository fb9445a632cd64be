import type { Diagnostic, Source } from '@guideline-as-code/model';

/**
 * An editor's acknowledgement of a finding: `<!-- guideline-ignore rule-id: reason -->`.
 * It covers the block that follows the comment (or, written inside a paragraph, that paragraph).
 */
export interface SuppressionComment {
  ruleIds: string[];
  reason: string;
  /** The comment itself. */
  source: Source;
  /** The covered block: a finding whose start lies in [start, end) of this file is acknowledged. */
  covers: { file: string; start: number; end: number };
}

const commentPattern = /^<!--\s*guideline-ignore\b([\s\S]*?)-->\s*$/;

/**
 * Reads an HTML comment. Returns null for comments that are not ours; a `guideline-ignore`
 * comment without rule or reason is reported, because an acknowledgement must say why.
 */
export function parseSuppression(html: string, source: Source, diagnostics: Diagnostic[]): Omit<SuppressionComment, 'covers'> | null {
  const match = commentPattern.exec(html.trim());
  if (!match) return null;
  const body = match[1]!.trim();
  const colon = body.indexOf(':');
  const ruleIds = (colon === -1 ? body : body.slice(0, colon)).split(/[\s,]+/).filter(Boolean);
  const reason = colon === -1 ? '' : body.slice(colon + 1).trim();
  if (ruleIds.length === 0 || reason === '') {
    diagnostics.push({
      ruleId: 'suppression-format',
      severity: 'error',
      message: {
        en: 'A `guideline-ignore` comment must name the rule and give a reason: `<!-- guideline-ignore rule-id: reason -->`.',
        sv: 'En `guideline-ignore`-kommentar måste ange regeln och ett skäl: `<!-- guideline-ignore regel-id: skäl -->`.',
      },
      source,
    });
    return null;
  }
  return { ruleIds, reason, source };
}
