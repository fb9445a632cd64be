import type { Diagnostic, Source } from '@guideline-as-code/types';
import { Fields } from '../yaml/fields.js';
import type { YamlFile } from '../yaml/yaml-file.js';

/** What `guideline.yaml` says about the guideline as a whole. */
export interface GuidelineMetadata {
  key: string;
  title: string;
  publisher: string;
  language: string;
  /** Null when the file says `not-stated`: the sources do not give an edition. */
  edition: string | null;
  source: Source;
}

export function readGuidelineMetadata(yaml: YamlFile, fallbackKey: string, diagnostics: Diagnostic[]): GuidelineMetadata {
  const fields = new Fields(yaml, [], diagnostics, yaml.value ?? {});
  fields.onlyKeys(['id', 'title', 'publisher', 'language', 'edition']);
  const edition = fields.string('edition');
  return {
    key: fields.string('id') ?? fallbackKey,
    title: fields.string('title') ?? fallbackKey,
    publisher: fields.string('publisher') ?? '',
    language: fields.string('language') ?? 'sv',
    edition: edition === 'not-stated' ? null : edition,
    source: yaml.sourceAt([]),
  };
}
