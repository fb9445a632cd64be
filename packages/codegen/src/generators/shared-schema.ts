/** JSON Schema pieces shared by the content packages' schemas (draft 2020-12). */

type Schema = Record<string, unknown>;

const point: Schema = {
  type: 'object',
  required: ['line', 'column', 'offset'],
  additionalProperties: false,
  properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 }, offset: { type: 'integer', minimum: 0 } },
};

/** The one span shape of the toolchain (`Source` of @guideline-as-code/types). */
export const sourceSpanSchema: Schema = {
  type: 'object',
  description: 'A span of a guideline source file: 1-based lines and columns, 0-based UTF-16 offsets, end exclusive.',
  required: ['file', 'start', 'end'],
  additionalProperties: false,
  properties: { file: { type: 'string', description: 'Path relative to the repository root, with forward slashes.' }, start: point, end: point },
};

const text = { type: 'string', description: 'The source text of the span, exactly as written.' };

export const notStatedSchema: Schema = {
  type: 'object',
  description: 'A value the guideline does not state. `source` and `text` are the place that says so (a cell reading "ej angivet"), or null where the text is silent.',
  required: ['notStated', 'source', 'text'],
  additionalProperties: false,
  properties: { notStated: { const: true }, source: { oneOf: [{ $ref: '#/$defs/sourceSpan' }, { type: 'null' }] }, text: { type: ['string', 'null'] } },
};

/** A value the text states, with the span that states it and its exact text. */
export function stated(value: Schema): Schema {
  return {
    type: 'object',
    required: ['notStated', 'value', 'source', 'text'],
    additionalProperties: false,
    properties: { notStated: { const: false }, value, source: { $ref: '#/$defs/sourceSpan' }, text },
  };
}

/** Not stated, but computed from the values that are: the span and text of those values. */
export function derived(value: Schema): Schema {
  return {
    type: 'object',
    description: 'Not stated, but computed from the values that are.',
    required: ['notStated', 'derived', 'derivation', 'source', 'text'],
    additionalProperties: false,
    properties: { notStated: { const: true }, derived: value, derivation: { type: 'string' }, source: { $ref: '#/$defs/sourceSpan' }, text },
  };
}

/** Stated, or explicitly not stated. */
export function field(value: Schema): Schema {
  return { oneOf: [stated(value), { $ref: '#/$defs/notStated' }] };
}

export const numberRangeSchema: Schema = {
  type: 'object',
  description: 'A closed range; a single value has low equal to high.',
  required: ['low', 'high'],
  additionalProperties: false,
  properties: { low: { type: 'number' }, high: { type: 'number' } },
};

export const packageInfoSchema: Schema = {
  type: 'object',
  description: 'The package and the guideline it was built from.',
  required: ['name', 'version', 'guideline'],
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    version: { type: 'string' },
    guideline: {
      type: 'object',
      required: ['key', 'title', 'publisher', 'language', 'edition', 'editionNote'],
      additionalProperties: false,
      properties: {
        key: { type: 'string' },
        title: { type: 'string' },
        publisher: { type: 'string' },
        language: { type: 'string' },
        edition: { type: ['string', 'null'], description: "The guideline's edition; null when its sources do not state it." },
        editionNote: { type: ['string', 'null'], description: 'Why the edition is null; null when it is stated.' },
      },
    },
  },
};
