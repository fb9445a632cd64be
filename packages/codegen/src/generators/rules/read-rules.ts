import type { GraphIndex } from '@guideline-as-code/model';
import type { PatientFact } from '@guideline-as-code/parser';
import type { DecisionRule, PatientFactDeclaration, RuleRecommendation } from '../../runtime/rule-types.js';

/** The decision rules of the graph, in reading order, each with its recommendation's text and grade. */
export function readRules(index: GraphIndex): DecisionRule[] {
  return index.ofType('rule').flatMap((rule) => {
    const recommendation = readRecommendation(rule.recommendation, index);
    // A rule whose condition could not be read is a check error, so a build never gets here with one.
    if (!rule.condition || !recommendation) return [];
    return [
      {
        id: rule.key,
        conditionText: rule.conditionText,
        condition: rule.condition,
        jsonLogic: rule.jsonLogic,
        facts: rule.facts,
        recommendation,
        regimens: rule.regimens.map((id) => id.slice('regimen:'.length)),
        regimenLink: rule.regimenLink,
        source: rule.source,
      },
    ];
  });
}

function readRecommendation(id: string, index: GraphIndex): RuleRecommendation | null {
  const node = index.get(id);
  if (node?.type !== 'recommendation' && node?.type !== 'statement') return null;
  const sectionId = node.section;
  const section = index.get(sectionId);
  return {
    id,
    kind: node.type,
    text: node.text,
    grade: node.type === 'recommendation' ? node.grade : { notStated: true, source: null, text: null },
    section: section?.type === 'section' ? { number: section.number, title: section.title } : { number: '', title: '' },
    source: node.source,
  };
}

/** The patient facts the rules may read, as declared in `guideline-src/vocabulary/patient-facts.yaml`. */
export function readPatientFacts(facts: readonly PatientFact[]): PatientFactDeclaration[] {
  return facts.map((fact) => ({
    id: fact.id,
    label: fact.label,
    type: fact.type,
    unit: fact.unit,
    values: fact.values.map((value) => ({ value: value.value, label: value.label })),
    source: fact.source,
  }));
}
