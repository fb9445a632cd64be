import { graphSchema } from '@guideline-as-code/model';
import { jsonComment } from '../../banner.js';
import { field, notStatedSchema, packageInfoSchema, sourceSpanSchema, stated } from '../shared-schema.js';

const span = { $ref: '#/$defs/sourceSpan' };
const label = { type: 'object', required: ['sv', 'en'], additionalProperties: false, properties: { sv: { type: 'string' }, en: { type: 'string' } } };
const factValue = { type: ['string', 'number', 'boolean'] };

const patientFact = {
  type: 'object',
  required: ['id', 'label', 'type', 'unit', 'values', 'source'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    label,
    type: { enum: ['enum', 'boolean', 'number'] },
    unit: { type: ['string', 'null'], description: 'UCUM unit of a number fact.' },
    values: { type: 'array', items: { type: 'object', required: ['value', 'label'], additionalProperties: false, properties: { value: factValue, label } } },
    source: span,
  },
};

const rule = {
  type: 'object',
  required: ['id', 'conditionText', 'condition', 'jsonLogic', 'facts', 'recommendation', 'regimens', 'regimenLink', 'source'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    conditionText: { ...stated({ type: 'string' }), description: 'The condition as the editors wrote it, with its span.' },
    condition: { $ref: '#/$defs/condition' },
    jsonLogic: { description: 'The condition as JsonLogic (https://jsonlogic.com); a fact that is not known reads as null.' },
    facts: { type: 'array', items: { type: 'string' } },
    recommendation: {
      type: 'object',
      required: ['id', 'kind', 'text', 'grade', 'section', 'source'],
      additionalProperties: false,
      properties: {
        id: { type: 'string' },
        kind: { enum: ['recommendation', 'statement'] },
        text: { ...stated({ type: 'string' }), description: 'The guideline’s text: `value` without citations, `source` and `text` the span word for word as written.' },
        grade: field({ enum: ['+', '++', '+++'] }),
        section: { type: 'object', required: ['number', 'title'], additionalProperties: false, properties: { number: { type: 'string' }, title: { type: 'string' } } },
        source: span,
      },
    },
    regimens: { type: 'array', items: { type: 'string' }, description: 'Ids of regimens in the regimens package.' },
    regimenLink: field({ type: 'array', items: { type: 'string' } }),
    source: span,
  },
};

/** The JSON Schema of `rules.json`, for apps in other languages. */
export function rulesSchema(packageName: string, origin: string): Record<string, unknown> {
  const conditionDefinition = (graphSchema['$defs'] as Record<string, unknown>)['condition'];
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${packageName}/rules.schema.json`,
    $comment: jsonComment(origin),
    title: 'Decision rules',
    description: "A guideline's decision rules: for which patients each recommendation applies, over declared patient facts.",
    type: 'object',
    required: ['package', 'patientFacts', 'rules'],
    additionalProperties: false,
    properties: {
      $comment: { type: 'string' },
      package: { $ref: '#/$defs/packageInfo' },
      patientFacts: { type: 'array', items: { $ref: '#/$defs/patientFact' } },
      rules: { type: 'array', items: { $ref: '#/$defs/rule' } },
    },
    $defs: { patientFact, rule, condition: conditionDefinition, sourceSpan: sourceSpanSchema, notStated: notStatedSchema, packageInfo: packageInfoSchema },
  };
}
