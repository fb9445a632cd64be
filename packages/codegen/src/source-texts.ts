import { LineIndex, type Source } from '@guideline-as-code/types';
import { readYaml, type GuidelineSources, type YamlFile } from '@guideline-as-code/parser';
import type { SourceSpan } from './runtime/source-span.js';

/**
 * The text of every source file of a guideline, to publish the exact text behind each value.
 * Spans come from the graph (offsets in UTF-16 code units, as JavaScript strings count them).
 */
export class SourceTexts {
  private readonly files = new Map<string, { text: string; lines: LineIndex }>();
  private readonly yamlFiles = new Map<string, YamlFile>();

  constructor(sources: GuidelineSources) {
    const all = [sources.metadata, sources.references, sources.trials, sources.patientFacts, ...sources.chapters, ...sources.lexicon];
    for (const file of all) {
      if (file) this.files.set(file.path, { text: file.text, lines: new LineIndex(file.path, file.text) });
    }
  }

  /** The text of a graph source span. */
  text(source: Source): string {
    return this.file(source.file).text.slice(source.start.offset, source.end.offset);
  }

  /** A graph source span as published: positions and the exact text. */
  span(source: Source): SourceSpan {
    return {
      file: source.file,
      line: source.start.line,
      column: source.start.column,
      endLine: source.end.line,
      endColumn: source.end.column,
      text: this.text(source),
    };
  }

  /** The span of `[start, end)` in a file, by offsets. */
  spanAt(file: string, start: number, end: number): SourceSpan {
    return this.span(this.file(file).lines.span(start, end));
  }

  /** The first line of a span (e.g. the opening `:::regimen[…]{…}` line of a block). */
  firstLine(source: Source): SourceSpan {
    const text = this.text(source);
    const newline = text.indexOf('\n');
    return this.spanAt(source.file, source.start.offset, newline === -1 ? source.end.offset : source.start.offset + newline);
  }

  /** The first occurrence of `needle` inside a span, or undefined. */
  find(source: Source, needle: string): SourceSpan | undefined {
    const at = this.text(source).indexOf(needle);
    return at === -1 ? undefined : this.spanAt(source.file, source.start.offset + at, source.start.offset + at + needle.length);
  }

  /** The span of the value at a path of keys in a YAML source file (e.g. `['atc', 'code']`). */
  yamlValue(file: string, path: readonly (string | number)[]): SourceSpan {
    let yaml = this.yamlFiles.get(file);
    if (!yaml) {
      yaml = readYaml(file, this.file(file).text);
      this.yamlFiles.set(file, yaml);
    }
    return this.span(yaml.sourceAt(path));
  }

  /** The parsed value of a YAML source file. */
  yamlData(file: string): unknown {
    this.yamlValue(file, []);
    return this.yamlFiles.get(file)!.value;
  }

  private file(path: string): { text: string; lines: LineIndex } {
    const file = this.files.get(path);
    // Every span in the graph comes from a file that was read; anything else is a bug here.
    if (!file) throw new Error(`No source text for \`${path}\`: it is not among the guideline's source files.`);
    return file;
  }
}
