import type { CitationNode, RecommendationNode, ReferenceNode, RegimenNode, RuleNode, SectionNode, StatementNode } from '@guideline-as-code/model';
import { CPG_PROFILES, isRccEvidenceGrade, notStatedExtension, OWN_EXTENSIONS, qualityOfEvidenceExtension, strengthNotStatedExtension, SYSTEMS } from '@guideline-as-code/fhir';
import type { Extension, PlanDefinition, PlanDefinitionAction, PlanDefinitionActionCondition, RelatedArtifact } from '@medplum/fhirtypes';
import { graphNode } from '../graph-node.js';
import { conditionToFhirPath } from './condition-fhirpath.js';
import { canonicalUrl, fhirId, guidelineCitation, provenance, type FhirContext } from './fhir-context.js';
import { referenceTitle } from './literature-resources.js';
import { regimenPlanId } from './regimen-resources.js';

type Advice = RecommendationNode | StatementNode;

/**
 * One cpg-recommendationdefinition per recommendation, and per statement that a decision rule
 * turns into advice (`::villkor` after a sentence without a grade), in reading order.
 */
export function recommendationResources(context: FhirContext): PlanDefinition[] {
  const { index } = context;
  const rules = index.ofType('rule');
  const advised = new Set(rules.map((rule) => rule.recommendation));
  const advice = [...index.ofType('recommendation'), ...index.ofType('statement').filter((statement) => advised.has(statement.id))];
  return advice.map((node) => recommendationDefinition(node, rules.filter((rule) => rule.recommendation === node.id), context));
}

function recommendationDefinition(node: Advice, rules: readonly RuleNode[], context: FhirContext): PlanDefinition {
  const section = graphNode<SectionNode>(context.index, node.section, 'section');
  const id = fhirId(node.id);
  return {
    resourceType: 'PlanDefinition',
    id,
    meta: { profile: [CPG_PROFILES.recommendationDefinition] },
    extension: provenance(context, node.source),
    url: canonicalUrl('PlanDefinition', id),
    version: context.contentPackage.version,
    title: `${section.number} ${section.title}`,
    type: { coding: [{ system: SYSTEMS.planDefinitionType, code: 'eca-rule', display: 'ECA Rule' }] },
    status: 'draft',
    language: 'sv',
    description: node.text.value,
    relatedArtifact: [guidelineCitation(context, section), ...citedReferences(node, context)],
    action: [recommendationAction(node, rules, context)],
  };
}

function recommendationAction(node: Advice, rules: readonly RuleNode[], context: FhirContext): PlanDefinitionAction {
  const regimens = [...new Set(rules.flatMap((rule) => rule.regimens))].map((id) => graphNode<RegimenNode>(context.index, id, 'regimen'));
  const action: PlanDefinitionAction = {
    extension: [gradeExtension(node), strengthNotStatedExtension()],
    title: node.text.value,
    description: node.text.value,
  };
  const conditions = rules.flatMap(applicability);
  if (conditions.length > 0) action.condition = conditions;
  // One regimen is the action's definition; several are alternatives, one nested action each.
  if (regimens.length === 1) action.definitionCanonical = canonicalUrl('PlanDefinition', regimenPlanId(regimens[0]!));
  else if (regimens.length > 1) {
    action.action = regimens.map((regimen) => ({
      title: regimen.name.notStated ? regimen.key : regimen.name.value,
      definitionCanonical: canonicalUrl('PlanDefinition', regimenPlanId(regimen)),
    }));
  }
  return action;
}

/** The printed grade as CPG quality of evidence; a recommendation without one, and a statement, say it is not stated. */
function gradeExtension(node: Advice): Extension {
  if (node.type === 'recommendation' && !node.grade.notStated && isRccEvidenceGrade(node.grade.value)) return qualityOfEvidenceExtension(node.grade.value);
  return notStatedExtension('qualityOfEvidence', null);
}

/** The rule's condition in FHIRPath, its JsonLogic beside it, and the condition as the editor wrote it. */
function applicability(rule: RuleNode): PlanDefinitionActionCondition[] {
  if (!rule.condition) return [];
  return [
    {
      extension: [{ url: OWN_EXTENSIONS.jsonLogic, valueString: JSON.stringify(rule.jsonLogic) }],
      kind: 'applicability',
      expression: { description: rule.conditionText.value, language: 'text/fhirpath', expression: conditionToFhirPath(rule.condition) },
    },
  ];
}

/** The references the recommendation's sentences cite, in order, as citations labelled with their number. */
function citedReferences(node: Advice, context: FhirContext): RelatedArtifact[] {
  const { index } = context;
  const sentences = node.type === 'recommendation' ? index.targets(node.id, 'contains').filter((child): child is StatementNode => child.type === 'statement') : [node];
  const references = sentences
    .flatMap((sentence) => index.targets(sentence.id, 'contains').filter((child): child is CitationNode => child.type === 'citation'))
    .flatMap((citation) => index.targets(citation.id, 'cites').filter((target): target is ReferenceNode => target.type === 'reference'));
  return [...new Map(references.map((reference) => [reference.id, reference])).values()].map((reference) => ({
    type: 'citation',
    label: reference.number === null ? reference.key : String(reference.number),
    citation: referenceTitle(reference),
  }));
}
