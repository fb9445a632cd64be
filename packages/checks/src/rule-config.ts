import type { Rule, RuleSeverity } from './define-rule.js';

/** A rule's setting: a severity, or a severity with options (as in remark-lint). */
export type RuleSetting = RuleSeverity | [RuleSeverity, unknown];

/** Per-rule settings, e.g. `{ "unused-reference": "off", "dose-range": ["error", { … }] }`. */
export interface ChecksConfig {
  rules?: Record<string, RuleSetting>;
}

export interface ResolvedSetting {
  severity: RuleSeverity;
  options: unknown;
}

/** The severities a setting may name; the config reader checks against the same list. */
export const severities: ReadonlySet<string> = new Set<RuleSeverity>(['off', 'info', 'warning', 'error']);

/** The severity and options a rule runs with: the config's, else the rule's defaults. */
export function resolveSetting(rule: Rule<never>, config: ChecksConfig): ResolvedSetting {
  const setting = config.rules?.[rule.id];
  if (setting === undefined) return { severity: rule.severity, options: rule.defaultOptions };
  const [severity, options] = Array.isArray(setting) ? setting : [setting, rule.defaultOptions];
  if (!severities.has(severity)) throw new Error(`Rule \`${rule.id}\`: unknown severity \`${String(severity)}\`; use off, info, warning or error`);
  return { severity, options };
}
