import type { Diagnostic, Source, Stated } from '@guideline-as-code/model';
import { statedAt } from '../text/stated.js';
import { Fields } from '../yaml/fields.js';
import type { YamlFile } from '../yaml/yaml-file.js';

/** A trial declared in `trials.yaml`: its name and the other names the text uses for it. */
export interface TrialEntry {
  key: string;
  name: Stated<string>;
  aliases: string[];
  source: Source;
}

export function readTrials(yaml: YamlFile, diagnostics: Diagnostic[]): TrialEntry[] {
  if (yaml.value === undefined || yaml.value === null) return [];
  if (!Array.isArray(yaml.value)) {
    new Fields(yaml, [], diagnostics, []).list('trials');
    return [];
  }
  const trials: TrialEntry[] = [];
  yaml.value.forEach((item, index) => {
    const fields = new Fields(yaml, [index], diagnostics, item);
    fields.onlyKeys(['id', 'name', 'aliases', 'named-in']);
    const key = fields.string('id');
    const name = fields.string('name');
    if (key === null || name === null) return;
    trials.push({ key, name: statedAt(name, yaml.sourceAt([index, 'name']), yaml.text), aliases: fields.strings('aliases'), source: yaml.sourceAt([index]) });
  });
  return trials;
}
