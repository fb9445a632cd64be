import type { Diagnostic, Source } from '@guideline-as-code/types';
import type { SourceLocator, ValuePath } from '@guideline-as-code/model';

/** A YAML or JSON file read with positions, so every value and key can be traced to its line. */
export interface PositionedFile extends SourceLocator {
  file: string;
  /** The file's text, for the exact text of a value's span. */
  text: string;
  /** The plain value, or undefined when the file could not be read at all. */
  value: unknown;
  /** Source span of the value at a path of keys and indexes; the whole file when absent. */
  sourceAt(path: ValuePath): Source;
  /** What was wrong with the text itself: syntax, duplicate keys, prototype keys. */
  diagnostics: Diagnostic[];
}

/** The finding for a `__proto__`-like key, which is left out of the value. */
export function forbiddenKeyFinding(key: string, source: Source): Diagnostic {
  return {
    ruleId: 'yaml-forbidden-key',
    severity: 'error',
    message: {
      en: `The key \`${key}\` is not allowed: it could change how every object behaves. The entry was ignored.`,
      sv: `Nyckeln \`${key}\` är inte tillåten eftersom den kan ändra hur alla objekt beter sig. Posten ignorerades.`,
    },
    source,
  };
}
