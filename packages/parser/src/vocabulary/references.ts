import type { Diagnostic, Source, Stated } from '@guideline-as-code/types';
import type { ReferencesSource } from '@guideline-as-code/model';
import { readValidSource } from '../sources/read-source.js';
import type { PositionedFile } from '../sources/positioned-file.js';
import { statedAt } from '../text/stated.js';

/** One entry of a guideline's reference list (CSL-JSON written as YAML). */
export interface ReferenceEntry {
  key: string;
  number: number | null;
  csl: Record<string, unknown>;
  notStated: string[];
  /** Each CSL field with the span of its YAML value. */
  fields: Record<string, Stated<unknown>>;
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
      fields: Object.fromEntries(Object.entries(csl).map(([name, value]) => [name, statedAt(value, yaml.sourceAt([...references.pathOf(item), name]), yaml.text)])),
      source: references.sourceOf(item),
    };
  });
}
