import type { ContentPackageInfo } from '../../runtime/package-info.js';
import type { DecisionRule, PatientFactDeclaration } from '../../runtime/rule-types.js';
import { docComment, writeLiteral, type DocFor } from '../../typescript/literal.js';
import { packageInfoDeclaration } from '../package-info-module.js';

/** `patient-facts.ts`: the `PatientFacts` type an app fills in, one documented property per declared fact. */
export function patientFactsModule(facts: readonly PatientFactDeclaration[]): string {
  const properties = facts.map((fact) => {
    const values = fact.values.map((v) => `- \`${String(v.value)}\`: ${v.label.en} (${v.label.sv})`);
    const doc = [`${fact.label.en} (${fact.label.sv}).${fact.unit ? ` In UCUM \`${fact.unit}\`.` : ''}`, ...(values.length ? ['', ...values] : [])].join('\n');
    return `${docComment(doc, '  ')}\n  readonly ${JSON.stringify(fact.id)}?: ${typeOf(fact)} | null;`;
  });
  return [
    docComment('What is known about a patient, for the decision rules. Leave out (or set to null) what is not known: rules that need it are then undetermined, never guessed.'),
    `export interface PatientFacts {\n${properties.join('\n')}\n}`,
    '',
  ].join('\n');
}

function typeOf(fact: PatientFactDeclaration): string {
  if (fact.type === 'number') return 'number';
  if (fact.type === 'boolean') return 'boolean';
  return fact.values.map((v) => JSON.stringify(v.value)).join(' | ') || 'never';
}

/** `rule-data.ts`: rules and fact declarations as `as const` data, with the `RuleId` union. */
export function ruleDataModule(rules: readonly DecisionRule[], facts: readonly PatientFactDeclaration[], info: ContentPackageInfo): string {
  const ids = rules.map((rule) => rule.id);
  return [
    "import type { DecisionRule, PatientFactDeclaration } from './runtime/rule-types.js';",
    '',
    docComment(['Id of a decision rule of the guideline:', ...rules.map((rule) => `- \`${rule.id}\`: ${rule.conditionText.value}`)].join('\n')),
    `export type RuleId = ${[...ids].sort().map((id) => JSON.stringify(id)).join(' | ') || 'never'};`,
    '',
    docComment('Every rule id, in the order of the guideline.'),
    `export const ruleIds = ${writeLiteral(ids)} as const satisfies readonly RuleId[];`,
    '',
    docComment(`The decision rules of ${info.guideline.title}, by id, each with the recommendation it applies, word for word.`),
    `export const rules = ${writeLiteral(Object.fromEntries(rules.map((rule) => [rule.id, rule])), ruleDocs(rules))} as const satisfies Readonly<Record<RuleId, DecisionRule>>;`,
    '',
    docComment('The patient facts the rules read, with their allowed values, as the guideline declares them.'),
    `export const patientFacts = ${writeLiteral(facts)} as const satisfies readonly PatientFactDeclaration[];`,
    '',
  ].join('\n');
}

function ruleDocs(rules: readonly DecisionRule[]): DocFor {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  return (path) => {
    const rule = path.length === 1 && typeof path[0] === 'string' ? byId.get(path[0]) : undefined;
    if (!rule) return undefined;
    const { recommendation } = rule;
    const grade = recommendation.grade.notStated ? '' : ` ${recommendation.grade.text}`;
    return [
      `När: \`${rule.conditionText.value}\``,
      '',
      `${recommendation.text.value}${grade}`,
      '',
      `Avsnitt ${recommendation.section.number} ${recommendation.section.title} — ${recommendation.source.file}:${recommendation.source.start.line}`,
    ].join('\n');
  };
}

/** `index.ts`: the package's API over the data. */
export function rulesIndexModule(info: ContentPackageInfo): string {
  return `import type { PatientFacts } from './patient-facts.js';
import { patientFacts, ruleIds, rules, type RuleId } from './rule-data.js';
import { applyRules } from './runtime/apply-rules.js';
import type { ContentPackageInfo } from './runtime/package-info.js';
import type { RuleEvaluation } from './runtime/rule-evaluation.js';

export type { PatientFacts } from './patient-facts.js';
export { patientFacts, ruleIds, rules, type RuleId } from './rule-data.js';
export type { ContentPackageInfo, GuidelineInfo } from './runtime/package-info.js';
export type { RuleEvaluation, UndeterminedRule } from './runtime/rule-evaluation.js';
export type { DecisionRule, LocalizedLabel, PatientFactDeclaration, RuleRecommendation } from './runtime/rule-types.js';
export { formatSource, statedValue, type Derived, type Field, type NotStated, type Point, type Source, type Stated } from '@guideline-as-code/types';
export { evaluate, toJsonLogic, type Condition, type Truth } from '@guideline-as-code/conditions';

${packageInfoDeclaration(info)}

/** One of the rules, as published. */
export type Rule = (typeof rules)[RuleId];

/** The rule with this id; throws a TypeError for an id that is not one (from untyped code). */
export function getRule<I extends RuleId>(id: I): (typeof rules)[I] {
  if (!Object.hasOwn(rules, id)) throw new TypeError(\`No rule \\\`\${String(id)}\\\` in the guideline.\`);
  return rules[id];
}

/**
 * The recommendations that apply to a patient, with their evidence grades, regimens and the
 * guideline's text; and the rules that cannot be decided until a missing fact is known.
 */
export function applicableRecommendations(facts: PatientFacts): RuleEvaluation<Rule> {
  return applyRules(ruleIds.map((id): Rule => rules[id]), patientFacts, facts);
}
`;
}
