import { GraphIndex } from '@guideline-as-code/model';
import type { Diagnostic } from '@guideline-as-code/types';
import type { ParsedGuideline } from '@guideline-as-code/parser';
import { applySuppressions } from './apply-suppressions.js';
import { toDiagnostic, type Finding, type Rule } from './define-rule.js';
import { resolveSetting, type ChecksConfig } from './rule-config.js';
import { allRules } from './rules/index.js';

/**
 * Runs every rule on a parsed guideline and returns the parser's and the rules' findings,
 * with acknowledged ones marked. Rules report content problems; a rule that throws is a
 * bug in the rule and is reported as `internal-error` while the other rules still run.
 */
export function runChecks(guideline: ParsedGuideline, config: ChecksConfig = {}, rules: readonly Rule<never>[] = allRules): Diagnostic[] {
  const index = new GraphIndex(guideline.graph);
  const diagnostics: Diagnostic[] = [...guideline.diagnostics];
  const memos = new Map<string, unknown>();
  const memo = <T>(key: string, build: () => T): T => {
    if (!memos.has(key)) memos.set(key, build());
    return memos.get(key) as T;
  };
  for (const rule of rules) {
    try {
      const { severity, options } = resolveSetting(rule, config);
      if (severity === 'off') continue;
      const report = (finding: Finding) => diagnostics.push(toDiagnostic(rule, severity, finding));
      rule.check({ guideline, index, options: options as never, report, memo });
    } catch (error) {
      diagnostics.push({
        ruleId: 'internal-error',
        severity: 'error',
        message: {
          en: `Rule \`${rule.id}\` failed: ${(error as Error).message}. This is a bug in the tool, not in the guideline.`,
          sv: `Regeln \`${rule.id}\` misslyckades: ${(error as Error).message}. Det är ett fel i verktyget, inte i riktlinjen.`,
        },
        source: null,
      });
    }
  }
  return sortDiagnostics(applySuppressions(diagnostics, guideline.suppressions));
}

/** Findings in file order, then by position, so output is stable and reads top to bottom. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((diagnostic, order) => ({ diagnostic, order }))
    .sort((a, b) => {
      const fa = a.diagnostic.source?.file ?? '';
      const fb = b.diagnostic.source?.file ?? '';
      if (fa !== fb) return fa < fb ? -1 : 1;
      const oa = a.diagnostic.source?.start.offset ?? -1;
      const ob = b.diagnostic.source?.start.offset ?? -1;
      return oa - ob || a.order - b.order;
    })
    .map(({ diagnostic }) => diagnostic);
}
