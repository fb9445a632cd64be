import type { Impact } from './change.js';

/**
 * The impact of a changed field, per node type: the table of docs/versioning.md. Major is
 * what a patient would be given or for whom; minor is what grades or adds; patch is wording,
 * citations and metadata. A field not listed is not compared (derived or positional fields
 * such as `ordinal`, `facts`, `jsonLogic`, `intensityPerWeek`).
 */
export const fieldImpact: Record<string, Record<string, Impact>> = {
  regimenComponent: {
    drug: 'major', amount: 'major', unit: 'major', doseKind: 'major', route: 'major', intervalDays: 'major', pause: 'major',
    cycles: 'major', cyclesInWords: 'major', maxDuration: 'major', fractionation: 'major', phase: 'major',
    drugName: 'patch', statedIn: 'patch',
  },
  regimen: { intent: 'major', kind: 'major', name: 'patch', section: 'patch' },
  rule: { condition: 'major', regimens: 'major', recommendation: 'major', conditionText: 'patch' },
  // Its text is the text of its sentences, which are compared one by one.
  recommendation: { grade: 'minor', section: 'patch' },
  doseStatement: {
    drug: 'major', regimen: 'major', amount: 'major', unit: 'major', doseKind: 'major', route: 'major', intervalDays: 'major',
    pause: 'major', cycles: 'major', maxDuration: 'major', fractionation: 'major', phase: 'major', text: 'patch',
  },
  statement: { text: 'patch' },
  section: { title: 'patch' },
  trial: { name: 'patch', nct: 'patch', aliases: 'patch' },
  reference: { csl: 'patch' },
  guideline: { title: 'patch', edition: 'patch' },
};

/**
 * A trial arm describes the evidence, not what a patient is given: a change to it (a
 * corrected drug or dose of KEYNOTE-775) is minor, not major.
 */
export const trialArmImpact: Impact = 'minor';

/** Node types whose addition is minor (new clinical content); other additions are patch. */
export const clinicalTypes = new Set(['recommendation', 'rule', 'regimen', 'regimenComponent', 'doseStatement', 'trial', 'section']);

/** Node types an app looks up by id: removing one (or renaming its id) is major. */
export const publishedIdTypes = new Set(['recommendation', 'rule', 'regimen', 'regimenComponent', 'section', 'trial', 'reference', 'drug']);

/** Node types compared only as a count (their ids follow their sentence). */
export const countedTypes = new Set(['mention', 'citation', 'crossReference']);
