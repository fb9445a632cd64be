import type { Source, Stated } from '@guideline-as-code/types';
import type { SourceFile } from '../guideline-sources.js';
import { statedAt } from '../text/stated.js';
import type { YamlFile } from '../yaml/yaml-file.js';

/** The facts a drug node states, by the path of their YAML value. */
const factPaths = [['name'], ['inn'], ['atc', 'code']] as const;

/**
 * The spans of the lexicon's values (`name`, `inn`, `atc.code`) and their exact text, by file and by
 * dotted path: plain data, so that the parse cache can keep it. The dose package's lexicon
 * loader keeps a span per entry; the value spans are read here, from the YAML that the lexicon
 * reader has parsed anyway (each file is parsed once per lexicon content).
 */
export type LexiconFacts = Record<string, Record<string, { source: Source; text: string }>>;

/** The spans and text of one lexicon file's facts, from its YAML as already read. */
export function factsOfFile(yaml: YamlFile, text: string): LexiconFacts[string] {
  const spans: LexiconFacts[string] = {};
  for (const path of factPaths) {
    if (!hasPath(yaml.value, path)) continue;
    const source = yaml.sourceAt(path);
    spans[path.join('.')] = { source, text: text.slice(source.start.offset, source.end.offset) };
  }
  return spans;
}

/** A lexicon value with the span of the YAML value that gives it; the entry's span when there is none. */
export function lexiconFact<T>(facts: LexiconFacts, entry: Source, path: (typeof factPaths)[number], value: T): Stated<T> {
  const fact = facts[entry.file]?.[path.join('.')];
  if (fact) return { notStated: false, value, source: fact.source, text: fact.text };
  return statedAt(value, entry, '');
}

function hasPath(value: unknown, path: readonly string[]): boolean {
  let current = value;
  for (const key of path) {
    if (!isRecord(current) || !(key in current)) return false;
    current = current[key];
  }
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
