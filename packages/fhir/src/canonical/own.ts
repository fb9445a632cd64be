/**
 * The canonical base of the export's own definitions. A placeholder under the reserved
 * `.example` domain until the care programme's publisher names a real one: replacing it is a
 * one-line change here, and nothing else spells the base.
 */
export const OWN_CANONICAL_BASE = 'https://guideline-as-code.example/fhir';

const extension = (id: string): string => `${OWN_CANONICAL_BASE}/StructureDefinition/${id}`;

/** The export's own extensions; their StructureDefinitions are in `extension-definitions.ts`. */
export const OWN_EXTENSIONS = {
  /** Where in the guideline source a resource or element comes from: file, line, column. */
  sourcePosition: extension('source-position'),
  /** The content package a resource was published in: name, version and content hash. */
  contentPackage: extension('content-package'),
  /** An element the guideline does not state, left absent on purpose. */
  notStated: extension('not-stated'),
  /** How a dose is scaled to the patient: flat, body-surface, weight, auc or radiation. */
  doseBasis: extension('dose-basis'),
  /** The rule's condition as JsonLogic, kept beside the FHIRPath applicability condition. */
  jsonLogic: extension('json-logic'),
} as const;
