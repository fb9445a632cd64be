import { OWN_EXTENSIONS } from './own.js';

/** FHIR primitive or complex types our extensions carry, as the `value[x]` suffix. */
export type ExtensionValueType = 'string' | 'positiveInt' | 'code';

export interface ExtensionPart {
  readonly name: string;
  readonly type: ExtensionValueType;
  readonly min: 0 | 1;
  readonly definition: string;
  /** Allowed codes for `code` parts. */
  readonly codes?: readonly string[];
}

/**
 * One of the export's own extensions: simple (one `value[x]`) or complex (named parts). The
 * same spec produces the published StructureDefinition and drives the validator's check of
 * every instance, so the two cannot drift.
 */
export interface ExtensionSpec {
  readonly url: string;
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** FHIRPath contexts, as in StructureDefinition.context with type `element`. */
  readonly contexts: readonly string[];
  readonly value?: Omit<ExtensionPart, 'name' | 'min'>;
  readonly parts?: readonly ExtensionPart[];
}

const DOSE_BASES = ['flat', 'body-surface', 'weight', 'auc', 'radiation'] as const;

export const EXTENSION_SPECS: readonly ExtensionSpec[] = [
  {
    url: OWN_EXTENSIONS.sourcePosition,
    id: 'source-position',
    title: 'Source position',
    description: 'Where in the guideline source the resource or element comes from. Lines and columns are 1-based; the end is exclusive, as in unist.',
    contexts: ['Resource', 'Element'],
    parts: [
      { name: 'file', type: 'string', min: 1, definition: 'Path of the source file relative to the repository root, with forward slashes.' },
      { name: 'line', type: 'positiveInt', min: 1, definition: 'Line where the span starts.' },
      { name: 'column', type: 'positiveInt', min: 1, definition: 'Column where the span starts.' },
      { name: 'endLine', type: 'positiveInt', min: 0, definition: 'Line where the span ends.' },
      { name: 'endColumn', type: 'positiveInt', min: 0, definition: 'Column where the span ends (exclusive).' },
    ],
  },
  {
    url: OWN_EXTENSIONS.contentPackage,
    id: 'content-package',
    title: 'Content package',
    description: 'The content package and version this resource was published in, and the hash of the guideline sources it was built from.',
    contexts: ['Resource'],
    parts: [
      { name: 'name', type: 'string', min: 1, definition: 'npm name of the content package.' },
      { name: 'version', type: 'string', min: 1, definition: 'Semantic version of the content package.' },
      { name: 'contentHash', type: 'string', min: 1, definition: 'Hash of the guideline sources, as `sha256:` followed by lowercase hex: the `contentHash` of the package’s version.json.' },
    ],
  },
  {
    url: OWN_EXTENSIONS.notStated,
    id: 'not-stated',
    title: 'Not stated',
    description: 'The guideline does not state this element, so it is left absent on purpose; nothing is filled in from elsewhere.',
    contexts: ['Element', 'Resource'],
    parts: [
      { name: 'element', type: 'string', min: 1, definition: 'The absent element, as a dotted path relative to the element that carries this extension (e.g. `route`, `timing.repeat.count`).' },
      { name: 'text', type: 'string', min: 0, definition: 'The source words that say the value is not stated, where there are any (e.g. "ej angivet").' },
    ],
  },
  {
    url: OWN_EXTENSIONS.doseBasis,
    id: 'dose-basis',
    title: 'Dose basis',
    description: 'How a dose is scaled to the patient. `auc` marks a carboplatin target AUC in mg/mL.min: an exposure to compute a dose from (Calvert formula), never a mass to give.',
    contexts: ['Dosage.doseAndRate', 'ActivityDefinition'],
    value: { type: 'code', definition: 'flat | body-surface | weight | auc | radiation', codes: DOSE_BASES },
  },
  {
    url: OWN_EXTENSIONS.jsonLogic,
    id: 'json-logic',
    title: 'JsonLogic condition',
    description: "The rule's condition as JsonLogic over the guideline's patient facts, beside the FHIRPath applicability expression.",
    contexts: ['PlanDefinition.action.condition'],
    value: { type: 'string', definition: 'The JsonLogic rule as JSON text.' },
  },
];

export function extensionSpec(url: string): ExtensionSpec | undefined {
  return EXTENSION_SPECS.find((spec) => spec.url === url);
}
