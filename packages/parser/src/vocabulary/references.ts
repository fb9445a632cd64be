import type { Diagnostic, Source, Stated } from '@guideline-as-code/model';
import { statedAt } from '../text/stated.js';
import { Fields } from '../yaml/fields.js';
import type { YamlFile } from '../yaml/yaml-file.js';

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
      fields: Object.fromEntries(Object.entries(csl).map(([name, value]) => [name, statedAt(value, yaml.sourceAt([index, name]), yaml.text)])),
      source: yaml.sourceAt([index]),
    }];
  });
}
