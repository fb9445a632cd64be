import type { Diagnostic, Source } from '@guideline-as-code/types';
import { Fields } from '../yaml/fields.js';
import type { YamlFile } from '../yaml/yaml-file.js';

/** One entry of a guideline's reference list (CSL-JSON written as YAML). */
export interface ReferenceEntry {
  key: string;
  number: number | null;
  csl: Record<string, unknown>;
  notStated: string[];
  source: Source;
}

/** Our own keys next to the CSL-JSON fields; they are not part of the published CSL item. */
const ownKeys = new Set(['not-stated']);

export function readReferences(yaml: YamlFile, diagnostics: Diagnostic[]): ReferenceEntry[] {
  if (yaml.value === undefined || yaml.value === null) return [];
  if (!Array.isArray(yaml.value)) {
    new Fields(yaml, [], diagnostics, []).list('references');
    return [];
  }
  return yaml.value.flatMap((item, index) => {
    const fields = new Fields(yaml, [index], diagnostics, item);
    const key = fields.string('id');
    if (key === null) return [];
    const number = fields.value['citation-number'];
    const csl = Object.fromEntries(Object.entries(fields.value).filter(([name]) => !ownKeys.has(name)));
    return [{
      key,
      number: typeof number === 'number' && Number.isInteger(number) ? number : null,
      csl: { ...csl, id: key },
      notStated: fields.strings('not-stated'),
      source: yaml.sourceAt([index]),
    }];
  });
}
