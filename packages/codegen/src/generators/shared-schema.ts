/** JSON Schema pieces shared by the content packages' schemas (draft 2020-12). */

type Schema = Record<string, unknown>;

export const sourceSpanSchema: Schema = {
  type: 'object',
  description: 'A span of a guideline source file and the exact text written there. Lines and columns are 1-based; the end is exclusive.',
  required: ['file', 'line', 'column', 'endLine', 'endColumn', 'text'],
  additionalProperties: false,
  properties: {
    file: { type: 'string', description: 'Path relative to the repository root, with forward slashes.' },
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 },
    endColumn: { type: 'integer', minimum: 1 },
    text: { type: 'string', description: 'The text of the span, exactly as written.' },
  },
};

export const notStatedSchema: Schema = {
  type: 'object',
  description: 'A value the guideline does not state. `source` is the place that says so (a cell reading "ej angivet"), or null where the text is silent.',
  required: ['notStated', 'source'],
  additionalProperties: false,
  properties: { notStated: { const: true }, source: { oneOf: [{ $ref: '#/$defs/sourceSpan' }, { type: 'null' }] } },
};

/** A value the text states, with the span that states it. */
export function stated(value: Schema): Schema {
  return {
    type: 'object',
    required: ['notStated', 'value', 'source'],
    additionalProperties: false,
    properties: { notStated: { const: false }, value, source: { $ref: '#/$defs/sourceSpan' } },
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
