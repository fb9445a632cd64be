import type { GraphIndex } from '@guideline-as-code/model';
import { findingKind, findingRegistry, registeredFindingId, type Diagnostic, type FindingFamily, type FindingId, type LocalizedText, type RelatedPlace, type RuleFindingId, type Severity, type Source } from '@guideline-as-code/types';
import type { ParsedGuideline } from '@guideline-as-code/parser';

/** Severity as configured: a rule can also be switched off. */
export type RuleSeverity = Severity | 'off';

/** What a rule sees: the parsed guideline, an index over its graph, and its own options. */
export interface RuleContext<Options = unknown> {
  guideline: ParsedGuideline;
  index: GraphIndex;
  options: Options;
  /** Reports one finding. The rule id, severity and documentation link are stamped on by `defineRule`. */
  report(finding: Finding): void;
  /** A value computed once per guideline and shared by the rules that need it (e.g. an index). */
  memo<T>(key: string, build: () => T): T;
}

/** A finding as a rule writes it: what, where, and the related place if there is one. */
export interface Finding {
  message: LocalizedText;
  source: Source | null;
  related?: RelatedPlace[];
  fix?: LocalizedText;
  /** A sub-id for rules that report several kinds of finding, e.g. `required` in `schema:required`. */
  kind?: string;
  /** A milder severity for this finding than the rule's (a trial arm that contradicts a recommendation). */
  severity?: 'warning' | 'info';
}

/** A guideline fragment that shows a rule at work; the example runner builds a guideline from it. */
export interface RuleExample {
  /** Chapter Markdown. */
  markdown: string;
  /** Replaces the example guideline's references.yaml. */
  references?: string;
  /** The example guideline's trials.yaml. */
  trials?: string;
}

export interface RuleDocs {
  /** From the registry of finding ids. */
  summary: LocalizedText;
  /** Why the rule exists, for editors; from the registry of finding ids. */
  why: LocalizedText;
  /** Each failing example must produce at least one finding of this rule, each passing one none. */
  examples: { fail: RuleExample[]; pass: RuleExample[] };
}

/** What a rule module writes: its registered id, its examples and its check. */
export interface RuleDefinition<Options = unknown> {
  /** An id of the registry (`@guideline-as-code/types`); an unregistered id does not compile. */
  id: RuleFindingId;
  docs: Pick<RuleDocs, 'examples'>;
  defaultOptions?: Options;
  check(context: RuleContext<Options>): void;
}

/** A rule with the default severity, summary and why that the registry gives for its id. */
export interface Rule<Options = unknown> extends RuleDefinition<Options> {
  severity: RuleSeverity;
  docs: RuleDocs;
}

export const rulesDocumentationUrl = 'https://github.com/guideline-as-code/guideline-as-code/blob/main/docs/rules.md';

/** Where a finding is documented; `schema:required` and its kin share the `schema` entry. */
export function ruleDocumentationUrl(ruleId: FindingId): string {
  return `${rulesDocumentationUrl}#${registeredFindingId(ruleId)}`;
}

/** Declares a rule. Like unified-lint-rule, the rule only reports; formatting is elsewhere. */
export function defineRule<Options = undefined>(definition: RuleDefinition<Options>): Rule<Options> {
  const { severity, summary, why } = findingRegistry[definition.id];
  return { ...definition, severity, docs: { summary, why, examples: definition.docs.examples } };
}

const order: Severity[] = ['info', 'warning', 'error'];

/** The milder of the configured severity and the finding's own. */
function milder(configured: Severity, own: Severity | undefined): Severity {
  return own === undefined || order.indexOf(configured) < order.indexOf(own) ? configured : own;
}

/** Stamps a finding with the rule's id and the configured severity. */
export function toDiagnostic(rule: Rule<never>, severity: Severity, finding: Finding): Diagnostic {
  return {
    ruleId: finding.kind ? findingKind(familyOf(rule), finding.kind) : rule.id,
    severity: milder(severity, finding.severity),
    message: finding.message,
    source: finding.source,
    ...(finding.related && finding.related.length > 0 ? { related: finding.related } : {}),
    ...(finding.fix ? { fix: finding.fix } : {}),
  };
}

/** A rule that reports kinds (`schema:required`) must be registered as a family. */
function familyOf(rule: Rule<never>): FindingFamily {
  if (findingRegistry[rule.id].kinds === undefined) throw new Error(`Rule \`${rule.id}\` reports kinds but is not registered as a family`);
  return rule.id as FindingFamily;
}
