import { isFindingId, registeredFindingId, type Diagnostic } from '@guideline-as-code/types';
import type { SuppressionComment } from '@guideline-as-code/parser';

/**
 * Marks findings that editors acknowledged with `<!-- guideline-ignore rule: reason -->`.
 * Acknowledged findings stay in the list (reports count them); a comment that acknowledges
 * nothing is itself reported, so stale acknowledgements do not pile up, and so is one that
 * names an id the registry does not know (a typo acknowledges nothing).
 */
export function applySuppressions(
  diagnostics: readonly Diagnostic[],
  suppressions: readonly SuppressionComment[],
): Diagnostic[] {
  const used = new Set<SuppressionComment>();
  const result = diagnostics.map((diagnostic) => {
    const suppression = suppressions.find((s) => covers(s, diagnostic));
    if (!suppression) return diagnostic;
    used.add(suppression);
    return { ...diagnostic, suppressed: { reason: suppression.reason, source: suppression.source } };
  });
  for (const suppression of suppressions) {
    const unknown = suppression.ruleIds.filter((id) => !isFindingId(id));
    if (unknown.length > 0) {
      result.push({
        ruleId: 'suppression-unknown-rule',
        severity: 'error',
        message: {
          en: `\`guideline-ignore\` names unknown rule(s) ${unknown.map((id) => `\`${id}\``).join(', ')}.`,
          sv: `\`guideline-ignore\` anger okänd(a) regel/regler ${unknown.map((id) => `\`${id}\``).join(', ')}.`,
        },
        source: suppression.source,
      });
    } else if (!used.has(suppression) && !suppression.stale) {
      result.push({
        ruleId: 'unused-suppression',
        severity: 'warning',
        message: {
          en: `This \`guideline-ignore ${suppression.ruleIds.join(' ')}\` comment acknowledges no finding any more; remove it.`,
          sv: `Kommentaren \`guideline-ignore ${suppression.ruleIds.join(' ')}\` gäller inte längre något fynd; ta bort den.`,
        },
        source: suppression.source,
      });
    }
  }
  return result;
}

function covers(suppression: SuppressionComment, diagnostic: Diagnostic): boolean {
  const source = diagnostic.source;
  if (!source || source.file !== suppression.covers.file) return false;
  if (source.start.offset < suppression.covers.start || source.start.offset >= suppression.covers.end) return false;
  return suppression.ruleIds.some((id) => id === diagnostic.ruleId || id === registeredFindingId(diagnostic.ruleId));
}
