import type { Diagnostic, Source } from '@guideline-as-code/types';
import type { GuidelineSource } from '@guideline-as-code/model';
import { readSourceFields } from '../sources/read-source.js';
import type { PositionedFile } from '../sources/positioned-file.js';

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

/** Reads `guideline.yaml`; a field that breaks its schema is reported and read as its fallback. */
export function readGuidelineMetadata(yaml: PositionedFile, fallbackKey: string, diagnostics: Diagnostic[]): GuidelineMetadata {
  const fields = (readSourceFields('guideline', yaml, diagnostics) ?? {}) as Partial<GuidelineSource>;
  return {
    key: fields.id ?? fallbackKey,
    title: fields.title ?? fallbackKey,
    publisher: fields.publisher ?? '',
    language: fields.language ?? 'sv',
    edition: fields.edition === undefined || fields.edition === 'not-stated' ? null : fields.edition,
    source: yaml.sourceAt([]),
  };
}
