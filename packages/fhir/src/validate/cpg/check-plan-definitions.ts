import type { PlanDefinition, PlanDefinitionAction } from '@medplum/fhirtypes';
import { CPG_CODES, CPG_EXTENSIONS } from '../../canonical/cpg.js';
import { SYSTEMS } from '../../canonical/systems.js';
import { error, type FhirIssue } from '../issue.js';
import { declaredNotStated, extensionsWithUrl, hasCoding } from './codings.js';

/**
 * cpg-computableplandefinition: `type` 1..1, `action` 1..*, and on each action the rating
 * extensions at most once each, with a CodeableConcept value (direction from the CPG code system).
 */
export function checkComputablePlanDefinition(plan: PlanDefinition, path: string): FhirIssue[] {
  const issues: FhirIssue[] = [];
  if (!plan.type) issues.push(error('cpg-required', `${path}.type`, 'a computable plan definition needs `type`'));
  if (!plan.action?.length) issues.push(error('cpg-required', `${path}.action`, 'a computable plan definition needs at least one `action`'));
  plan.action?.forEach((action, index) => issues.push(...checkRatingExtensions(action, `${path}.action[${index}]`)));
  return issues;
}

function checkRatingExtensions(action: PlanDefinitionAction, path: string): FhirIssue[] {
  const issues: FhirIssue[] = [];
  for (const [name, url] of Object.entries({
    strengthOfRecommendation: CPG_EXTENSIONS.strengthOfRecommendation,
    qualityOfEvidence: CPG_EXTENSIONS.qualityOfEvidence,
    directionOfRecommendation: CPG_EXTENSIONS.directionOfRecommendation,
  })) {
    const found = extensionsWithUrl(action.extension, url);
    if (found.length > 1) issues.push(error('cpg-cardinality', `${path}.extension`, `\`${name}\` appears ${found.length} times, at most once is allowed`));
    for (const extension of found) {
      if (!extension.valueCodeableConcept) {
        issues.push(error('cpg-type', `${path}.extension`, `\`${name}\` needs \`valueCodeableConcept\``));
      } else if (name === 'directionOfRecommendation' && !CPG_CODES.recommendationDirections.some((code) => hasCoding(extension.valueCodeableConcept, CPG_CODES.recommendationDirection, code))) {
        issues.push(error('cpg-required-binding', `${path}.extension`, '`directionOfRecommendation` needs `for` or `against` from the CPG recommendation-direction code system'));
      }
    }
  }
  return issues;
}

/**
 * cpg-recommendationdefinition: a computable plan definition whose `type` is
 * plan-definition-type#eca-rule, whose actions point at their activity by canonical only. The
 * IG's methodology adds three SHALLs checked here: a `relatedArtifact` citing the guideline, and
 * on each action the strength of recommendation and the quality of evidence. Where the guideline
 * states neither, a `not-stated` extension on the action must say so (we never invent a grade).
 */
export function checkRecommendationDefinition(plan: PlanDefinition, path: string): FhirIssue[] {
  const issues = checkComputablePlanDefinition(plan, path);
  if (plan.type && !hasCoding(plan.type, SYSTEMS.planDefinitionType, 'eca-rule')) {
    issues.push(error('cpg-fixed-value', `${path}.type`, 'a recommendation definition has `type` plan-definition-type#eca-rule'));
  }
  if (!(plan.relatedArtifact ?? []).some((artifact) => artifact.type === 'citation')) {
    issues.push(error('cpg-required', `${path}.relatedArtifact`, 'a recommendation cites its guideline in a `relatedArtifact` of type `citation`'));
  }
  plan.action?.forEach((action, index) => {
    const actionPath = `${path}.action[${index}]`;
    if (action.definitionUri !== undefined) {
      issues.push(error('cpg-type', `${actionPath}.definitionUri`, 'a recommendation action points at its activity with `definitionCanonical`, not `definitionUri`'));
    }
    const notStated = declaredNotStated(action.extension);
    for (const [name, url] of [
      ['strengthOfRecommendation', CPG_EXTENSIONS.strengthOfRecommendation],
      ['qualityOfEvidence', CPG_EXTENSIONS.qualityOfEvidence],
    ] as const) {
      if (extensionsWithUrl(action.extension, url).length === 0 && !notStated.has(name)) {
        issues.push(error('cpg-required', `${actionPath}.extension`, `the action needs \`${name}\`, or a \`not-stated\` extension naming it when the guideline does not state it`));
      }
    }
  });
  return issues;
}

/** cpg-ordersetdefinition (a regimen): `type` plan-definition-type#order-set and a `title` on each action. */
export function checkOrderSetDefinition(plan: PlanDefinition, path: string): FhirIssue[] {
  const issues = checkComputablePlanDefinition(plan, path);
  if (plan.type && !hasCoding(plan.type, SYSTEMS.planDefinitionType, 'order-set')) {
    issues.push(error('cpg-fixed-value', `${path}.type`, 'an order set definition has `type` plan-definition-type#order-set'));
  }
  plan.action?.forEach((action, index) => {
    if (!action.title) issues.push(error('cpg-required', `${path}.action[${index}].title`, 'each action of an order set needs a `title`'));
  });
  return issues;
}
