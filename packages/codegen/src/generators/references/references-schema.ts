import { jsonComment } from '../../banner.js';
import { field, notStatedSchema, packageInfoSchema, sourceSpanSchema, stated } from '../shared-schema.js';

const span = { $ref: '#/$defs/sourceSpan' };

const reference = {
  type: 'object',
  required: ['id', 'number', 'csl', 'notStated', 'fields', 'source', 'citedAt'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    number: { type: ['integer', 'null'] },
    csl: {
      type: 'object',
      description: 'A CSL-JSON item with the fields the reference list gives and no others.',
      required: ['id'],
      properties: { id: { type: 'string' } },
    },
    notStated: { type: 'array', items: { type: 'string' }, description: 'CSL fields the sources do not give.' },
    fields: { type: 'object', description: 'Each CSL field with the span of its value in the references file.', additionalProperties: stated({}) },
    source: span,
    citedAt: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'section', 'sentence', 'source'],
        additionalProperties: false,
        properties: { id: { type: 'string' }, section: { type: 'string' }, sentence: stated({ type: 'string' }), source: span },
      },
    },
  },
};

const trial = {
  type: 'object',
  required: ['id', 'name', 'aliases', 'nct', 'mentionedAt'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    name: stated({ type: 'string' }),
    aliases: { type: 'array', items: { type: 'string' } },
    nct: field({ type: 'string', pattern: '^NCT\\d{8}$' }),
    mentionedAt: {
      type: 'array',
      items: { type: 'object', required: ['text', 'source'], additionalProperties: false, properties: { text: { type: 'string' }, source: span } },
    },
  },
};

/** The JSON Schema of `references.json`, for apps in other languages. */
export function referencesSchema(packageName: string, origin: string): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${packageName}/references.schema.json`,
    $comment: jsonComment(origin),
    title: 'References and trials',
    description: "A guideline's references (CSL-JSON, with the places that cite each) and the clinical trials its text names.",
    type: 'object',
    required: ['package', 'references', 'trials'],
    additionalProperties: false,
    properties: {
      $comment: { type: 'string' },
      package: { $ref: '#/$defs/packageInfo' },
      references: { type: 'array', items: { $ref: '#/$defs/reference' } },
      trials: { type: 'array', items: { $ref: '#/$defs/trial' } },
    },
    $defs: { reference, trial, sourceSpan: sourceSpanSchema, notStated: notStatedSchema, packageInfo: packageInfoSchema },
  };
}
