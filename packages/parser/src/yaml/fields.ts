import type { Diagnostic, LocalizedText } from '@guideline-as-code/types';
import type { YamlFile } from './yaml-file.js';

type Path = readonly (string | number)[];

/**
 * Reads typed fields from one object of a YAML file. A missing or mistyped field becomes a
 * diagnostic at its line (rule `source-shape`) and a null value, so reading goes on.
 */
export class Fields {
  readonly value: Record<string, unknown>;

  constructor(
    private readonly yaml: YamlFile,
    private readonly path: Path,
    private readonly diagnostics: Diagnostic[],
    value: unknown,
  ) {
    this.value = isRecord(value) ? value : {};
    if (!isRecord(value)) this.report(path, { en: 'an object (key: value pairs)', sv: 'ett objekt (nyckel: värde)' });
  }

  string(key: string, required = true): string | null {
    const value = this.value[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number') return String(value);
    if (value !== undefined || required) this.report([...this.path, key], { en: `a text for \`${key}\``, sv: `en text för \`${key}\`` });
    return null;
  }

  strings(key: string): string[] {
    const value = this.value[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
    this.report([...this.path, key], { en: `a list of texts for \`${key}\``, sv: `en lista med texter för \`${key}\`` });
    return [];
  }

  list(key: string): unknown[] {
    const value = this.value[key];
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    this.report([...this.path, key], { en: `a list for \`${key}\``, sv: `en lista för \`${key}\`` });
    return [];
  }

  /** Reports keys that this file format does not know, so a misspelt key is not ignored silently. */
  onlyKeys(known: readonly string[]): void {
    for (const key of Object.keys(this.value)) {
      if (known.includes(key)) continue;
      this.diagnostics.push({
        ruleId: 'source-shape',
        severity: 'warning',
        message: {
          en: `Unknown key \`${key}\`; expected one of ${known.map((k) => `\`${k}\``).join(', ')}.`,
          sv: `Okänd nyckel \`${key}\`; förväntade någon av ${known.map((k) => `\`${k}\``).join(', ')}.`,
        },
        source: this.yaml.sourceAt([...this.path, key]),
      });
    }
  }

  at(key: string | number): Path {
    return [...this.path, key];
  }

  private report(path: Path, expected: LocalizedText): void {
    this.diagnostics.push({
      ruleId: 'source-shape',
      severity: 'error',
      message: { en: `Expected ${expected.en} here.`, sv: `Här förväntas ${expected.sv}.` },
      source: this.yaml.sourceAt(path),
    });
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
