import { jsonComment } from '../../banner.js';
import { derived, field, notStatedSchema, numberRangeSchema, packageInfoSchema, sourceSpanSchema, stated } from '../shared-schema.js';

const range = { $ref: '#/$defs/numberRange' };
const strings = { type: 'array', items: { type: 'string' } };

const fractionationValue = {
  oneOf: [
    stated(range),
    derived(range),
    { $ref: '#/$defs/notStated' },
  ],
};

const drugComponent = {
  type: 'object',
  required: ['kind', 'id', 'phase', 'drug', 'dose', 'route', 'days', 'interval', 'cycles', 'maxDuration', 'statedIn', 'source'],
  additionalProperties: false,
  properties: {
    kind: { const: 'drug' },
    id: { type: 'string' },
    phase: { type: 'integer', minimum: 1 },
    drug: {
      type: 'object',
      required: ['key', 'inn', 'atc', 'name'],
      additionalProperties: false,
      properties: { key: { type: ['string', 'null'] }, inn: field({ type: 'string' }), atc: field({ type: 'string' }), name: field({ type: 'string' }) },
    },
    dose: field({
      type: 'object',
      required: ['amount', 'unit', 'kind'],
      additionalProperties: false,
      properties: {
        amount: range,
        unit: { enum: ['mg', 'mg/m2', 'mg/kg', 'mg/mL.min'], description: 'UCUM code; mg/mL.min is a carboplatin target AUC.' },
        kind: { enum: ['flat', 'body-surface', 'weight', 'auc'] },
      },
    }),
    route: field({ enum: ['iv', 'po', 'sc', 'im'] }),
    days: field({ type: 'array', items: { type: 'integer', minimum: 1 } }),
    interval: field({
      type: 'object',
      required: ['days', 'pause'],
      additionalProperties: false,
      properties: {
        days: range,
        pause: {
          oneOf: [
            { type: 'null' },
            { type: 'object', required: ['periodDays', 'offDays'], additionalProperties: false, properties: { periodDays: { type: 'number' }, offDays: { type: 'number' } } },
          ],
        },
      },
    }),
    cycles: field({
      type: 'object',
      required: ['low', 'high', 'inWords'],
      additionalProperties: false,
      properties: { low: { type: ['integer', 'null'] }, high: { type: ['integer', 'null'] }, inWords: { type: ['string', 'null'] } },
    }),
    maxDuration: field({
      type: 'object',
      required: ['value', 'unit', 'days'],
      additionalProperties: false,
      properties: { value: { type: 'number' }, unit: { enum: ['a', 'mo', 'wk', 'd'] }, days: { type: 'number' } },
    }),
    statedIn: field(strings),
    source: { $ref: '#/$defs/sourceSpan' },
  },
};

const radiotherapyComponent = {
  type: 'object',
  required: ['kind', 'id', 'phase', 'fractionation', 'statedIn', 'source'],
  additionalProperties: false,
  properties: {
    kind: { const: 'radiotherapy' },
    id: { type: 'string' },
    phase: { type: 'integer', minimum: 1 },
    fractionation: {
      type: 'object',
      required: ['unit', 'dosePerFraction', 'fractions', 'total'],
      additionalProperties: false,
      properties: { unit: { const: 'Gy' }, dosePerFraction: fractionationValue, fractions: fractionationValue, total: fractionationValue },
    },
    statedIn: field(strings),
    source: { $ref: '#/$defs/sourceSpan' },
  },
};

const regimen = {
  type: 'object',
  required: ['id', 'name', 'kind', 'intent', 'section', 'phases', 'components', 'recommendations', 'source'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    name: stated({ type: 'string' }),
    kind: { enum: ['drug', 'radiotherapy'] },
    intent: field({ enum: ['palliative', 'curative'] }),
    section: {
      type: 'object',
      required: ['number', 'title', 'source'],
      additionalProperties: false,
      properties: { number: { type: 'string' }, title: { type: 'string' }, source: { $ref: '#/$defs/sourceSpan' } },
    },
    phases: { type: 'integer', minimum: 1 },
    components: { type: 'array', items: { oneOf: [drugComponent, radiotherapyComponent] } },
    recommendations: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'text', 'grade', 'source', 'link'],
        additionalProperties: false,
        properties: {
          id: { type: 'string' },
          text: stated({ type: 'string' }),
          grade: field({ enum: ['+', '++', '+++'] }),
          source: { $ref: '#/$defs/sourceSpan' },
          link: field(strings),
        },
      },
    },
    source: { $ref: '#/$defs/sourceSpan' },
  },
};

/** The JSON Schema of `regimens.json`, for apps in other languages. */
export function regimensSchema(packageName: string, origin: string): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${packageName}/regimens.schema.json`,
    $comment: jsonComment(origin),
    title: 'Regimens',
    description: 'Every regimen a guideline defines, with every value stated by the text (with its source span) or explicitly not stated.',
    type: 'object',
    required: ['package', 'regimens'],
    additionalProperties: false,
    properties: {
      $comment: { type: 'string' },
      package: { $ref: '#/$defs/packageInfo' },
      regimens: { type: 'array', items: { $ref: '#/$defs/regimen' } },
    },
    $defs: { regimen, sourceSpan: sourceSpanSchema, notStated: notStatedSchema, numberRange: numberRangeSchema, packageInfo: packageInfoSchema },
  };
}
