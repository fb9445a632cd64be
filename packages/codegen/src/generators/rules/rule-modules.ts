import { StructureKind, ts } from 'ts-morph';
import type { ContentPackageInfo } from '../../runtime/package-info.js';
import type { DecisionRule, PatientFactDeclaration } from '../../runtime/rule-types.js';
import { literalExpression, stringLiteral } from '../../typescript/literal-expression.js';
import { printNode } from '../../typescript/print-node.js';
import { allFunction } from '../all-function.js';
import { docs, exportFrom, exportedConst, exportedType, importFrom, moduleOf, type ModuleStructure } from '../../typescript/structures.js';
import { constSatisfying, literalType, readonlyArray, readonlyRecord, stringUnion, typeReference } from '../../typescript/type-nodes.js';
import { lookupFunction } from '../lookup-function.js';
import { commonIndexStatements, sharedTypeExports } from '../package-info-module.js';
import { ruleDocs } from './rule-docs.js';

/** `patient-facts.ts`: the `PatientFacts` type an app fills in, one documented property per declared fact. */
export function patientFactsModule(facts: readonly PatientFactDeclaration[]): ModuleStructure {
  return moduleOf([
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: 'PatientFacts',
      docs: docs('What is known about a patient, for the decision rules. Leave out (or set to null) what is not known: rules that need it are then undetermined, never guessed.'),
      properties: facts.map((fact) => ({
        name: printNode(stringLiteral(fact.id)),
        isReadonly: true,
        hasQuestionToken: true,
        type: printNode(ts.factory.createUnionTypeNode([...valueTypes(fact), ts.factory.createLiteralTypeNode(ts.factory.createNull())])),
        docs: docs(factDoc(fact)),
      })),
    },
  ]);
}

function factDoc(fact: PatientFactDeclaration): string {
  const unit = fact.unit ? ` In UCUM \`${fact.unit}\`.` : '';
  const values = fact.values.map((v) => `- \`${String(v.value)}\`: ${v.label.en} (${v.label.sv})`);
  return [`${fact.label.en} (${fact.label.sv}).${unit}`, ...(values.length > 0 ? ['', ...values] : [])].join('\n');
}

function valueTypes(fact: PatientFactDeclaration): ts.TypeNode[] {
  if (fact.type === 'number') return [ts.factory.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword)];
  if (fact.type === 'boolean') return [ts.factory.createKeywordTypeNode(ts.SyntaxKind.BooleanKeyword)];
  if (fact.values.length === 0) return [ts.factory.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword)];
  return fact.values.map((v) => literalType(v.value));
}

/** `rule-data.ts`: rules and fact declarations as `as const` data, with the `RuleId` union. */
export function ruleDataModule(rules: readonly DecisionRule[], facts: readonly PatientFactDeclaration[], info: ContentPackageInfo): ModuleStructure {
  const ids = rules.map((rule) => rule.id);
  const byId = Object.fromEntries(rules.map((rule) => [rule.id, rule]));
  return moduleOf([
    importFrom('./runtime/rule-types.js', ['DecisionRule', 'PatientFactDeclaration'], true),
    exportedType('RuleId', stringUnion(ids), ['Id of a decision rule of the guideline:', ...rules.map((rule) => `- \`${rule.id}\`: ${rule.conditionText.value}`)].join('\n')),
    exportedConst('ruleIds', constSatisfying(literalExpression(ids), readonlyArray(typeReference('RuleId'))), 'Every rule id, in the order of the guideline.'),
    exportedConst(
      'rules',
      constSatisfying(literalExpression(byId, ruleDocs(rules)), readonlyRecord(typeReference('RuleId'), typeReference('DecisionRule'))),
      `The decision rules of ${info.guideline.title}, by id, each with the recommendation it applies, word for word.`,
    ),
    exportedConst(
      'patientFacts',
      constSatisfying(literalExpression(facts), readonlyArray(typeReference('PatientFactDeclaration'))),
      'The patient facts the rules read, with their allowed values, as the guideline declares them.',
    ),
  ]);
}

/** `index.ts`: the package's API over the data. */
export function rulesIndexModule(info: ContentPackageInfo): ModuleStructure {
  return moduleOf([
    importFrom('./patient-facts.js', ['PatientFacts'], true),
    importFrom('./rule-data.js', ['patientFacts', 'ruleIds', 'rules', 'type RuleId']),
    importFrom('./runtime/apply-rules.js', ['applyRules']),
    importFrom('./runtime/rule-evaluation.js', ['RuleEvaluation'], true),
    importFrom('./runtime/rule-types.js', ['DecisionRule'], true),
    importFrom('./runtime/unknown-id.js', ['unknownIdError']),
    exportFrom('./patient-facts.js', ['PatientFacts'], true),
    exportFrom('./rule-data.js', ['patientFacts', 'ruleIds', 'rules', 'type RuleId']),
    exportFrom('./runtime/rule-evaluation.js', ['RuleEvaluation', 'UndeterminedRule'], true),
    exportFrom('./runtime/rule-types.js', ['DecisionRule', 'LocalizedLabel', 'PatientFactDeclaration', 'RuleRecommendation'], true),
    exportFrom('@guideline-as-code/conditions', ['evaluate', 'toJsonLogic', 'type Condition', 'type Truth']),
    ...commonIndexStatements(info, sharedTypeExports),
    exportedType('Rule', '(typeof rules)[RuleId]', 'One of the rules, as published.'),
    lookupFunction({
      name: 'getRule',
      table: 'rules',
      idType: 'RuleId',
      doc: 'The rule with this id; throws a TypeError for an id that is not one (from untyped code).',
      message: 'No rule {id} in the guideline.',
    }),
    allFunction({ name: 'allRules', doc: 'Every rule, in the order the guideline writes them.', itemType: 'DecisionRule', body: 'ruleIds.map((id): DecisionRule => rules[id])' }),
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'applicableRecommendations',
      docs: docs(
        "The recommendations that apply to a patient, with their evidence grades, regimens and the\nguideline's text; and the rules that cannot be decided until a missing fact is known.",
      ),
      parameters: [{ name: 'facts', type: 'PatientFacts' }],
      returnType: 'RuleEvaluation<Rule>',
      statements: ['return applyRules(ruleIds.map((id): Rule => rules[id]), patientFacts, facts);'],
    },
  ]);
}
