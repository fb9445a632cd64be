import type { Diagnostic, Source } from '@guideline-as-code/types';
import type { ReferencesSource } from '@guideline-as-code/model';
import { readValidSource } from '../sources/read-source.js';
import type { PositionedFile } from '../sources/positioned-file.js';

/** One entry of a guideline's reference list (CSL-JSON written as YAML). */
export interface ReferenceEntry {
  key: string;
  number: number | null;
  csl: Record<string, unknown>;
  notStated: string[];
  source: Source;
}

/**
 * The references of `references.yaml` that fit its schema (CSL-JSON items and the project
 * field `not-stated`); a field that breaks the schema is reported and left out.
 */
export function readReferences(yaml: PositionedFile, diagnostics: Diagnostic[]): ReferenceEntry[] {
  if (yaml.value === undefined || yaml.value === null) return [];
  const references = readValidSource<ReferencesSource>('references', yaml, diagnostics);
  return (references.value ?? []).map((item) => {
    const { 'not-stated': notStated = [], ...csl } = item;
    const number = csl['citation-number'];
    return {
      key: String(item.id),
      number: typeof number === 'number' && Number.isInteger(number) ? number : null,
      csl: { ...csl, id: String(item.id) },
      notStated,
      source: references.sourceOf(item),
    };
  });
}
