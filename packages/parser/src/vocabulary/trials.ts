import type { Diagnostic, Source, Stated } from '@guideline-as-code/types';
import type { TrialsSource } from '@guideline-as-code/model';
import { readValidSource } from '../sources/read-source.js';
import type { PositionedFile } from '../sources/positioned-file.js';
import { statedAt } from '../text/stated.js';

/** A trial declared in `trials.yaml`: its name and the other names the text uses for it. */
export interface TrialEntry {
  key: string;
  name: Stated<string>;
  aliases: string[];
  source: Source;
}

/** The trials of `trials.yaml` that fit its schema; the others are reported and left out. */
export function readTrials(yaml: PositionedFile, diagnostics: Diagnostic[]): TrialEntry[] {
  if (yaml.value === undefined || yaml.value === null) return [];
  const trials = readValidSource<TrialsSource>('trials', yaml, diagnostics);
  return (trials.value ?? []).map((trial) => ({
    key: trial.id,
    name: statedAt(trial.name, yaml.sourceAt([...trials.pathOf(trial), 'name']), yaml.text),
    aliases: trial.aliases ?? [],
    source: trials.sourceOf(trial),
  }));
}
