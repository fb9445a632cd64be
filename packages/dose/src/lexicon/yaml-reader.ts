import { isMap, isScalar, isSeq, type LineCounter, type Node, type Pair, type ParsedNode } from 'yaml';
import type { Range } from '../dose-types.js';
import type { LexiconDiagnostic, SourceSpan } from './lexicon-types.js';

/** Keys that could reach an object prototype if data were ever merged into plain objects. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** `a`, `b`, `c` for messages. */
export function quoted(items: readonly string[]): string {
  return items.map((item) => `\`${item}\``).join(', ');
}

/** A string read from YAML with the node it came from. */
export interface NamedNode {
  value: string;
  node: Node;
}

/**
 * Reads typed values out of one YAML file's node tree and reports, with line and column,
 * everything that does not fit. Never throws for content problems: a wrong value is reported
 * and read as null, and the caller drops the fact.
 */
export class YamlReader {
  constructor(
    readonly file: string,
    readonly lineCounter: LineCounter,
    private readonly diagnostics: LexiconDiagnostic[],
  ) {}

  report(ruleId: LexiconDiagnostic['ruleId'], node: Node | null | undefined, message: string): void {
    this.reportAt(ruleId, node?.range?.[0] ?? 0, message);
  }

  /** Reports at a character offset of the file. */
  reportAt(ruleId: LexiconDiagnostic['ruleId'], offset: number, message: string): void {
    const position = this.lineCounter.linePos(offset);
    this.diagnostics.push({ ruleId, message, file: this.file, line: position.line, column: position.col, offset });
  }

  span(node: Node | null | undefined): SourceSpan {
    const startOffset = node?.range?.[0] ?? 0;
    const endOffset = node?.range?.[1] ?? 0;
    const start = this.lineCounter.linePos(startOffset);
    const end = this.lineCounter.linePos(endOffset);
    return {
      file: this.file,
      start: { line: start.line, column: start.col, offset: startOffset },
      end: { line: end.line, column: end.col, offset: endOffset },
    };
  }

  /**
   * The entries of a mapping by key. Keys outside `allowed` are reported; `required` keys that
   * are missing are reported at the mapping.
   */
  map(node: unknown, what: string, allowed: readonly string[], required: readonly string[] = []): Map<string, ParsedNode> | null {
    if (!isMap(node)) {
      this.report('lexicon-invalid-value', node as Node | null, `${what} must be a mapping`);
      return null;
    }
    const entries = new Map<string, ParsedNode>();
    const empty = new Set<string>();
    for (const pair of node.items as Pair<unknown, unknown>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : null;
      if (key === null || !allowed.includes(key)) {
        const message = `Unknown key \`${String(key)}\` in ${what}; expected one of ${quoted(allowed)}`;
        this.report('lexicon-unknown-key', pair.key as Node, message);
        continue;
      }
      const value = pair.value;
      const isEmpty = value === null || value === undefined || (isScalar(value) && (value.value === null || value.value === ''));
      if (isEmpty) {
        const ruleId = key === 'source' ? 'lexicon-missing-source' : 'lexicon-invalid-value';
        this.report(ruleId, pair.key as Node, `\`${key}\` in ${what} has no value`);
        empty.add(key);
        continue;
      }
      entries.set(key, value as ParsedNode);
    }
    for (const key of required) {
      if (!entries.has(key) && !empty.has(key)) {
        this.report(key === 'source' ? 'lexicon-missing-source' : 'lexicon-missing-key', node, `${what} has no \`${key}\``);
      }
    }
    return entries;
  }

  string(node: ParsedNode | null | undefined, what: string): string | null {
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return node.value;
    if (node !== undefined) this.report('lexicon-invalid-value', node, `${what} must be a non-empty string`);
    return null;
  }

  number(node: ParsedNode | null | undefined, what: string): number | null {
    if (isScalar(node) && typeof node.value === 'number' && Number.isFinite(node.value) && node.value >= 0) return node.value;
    if (node !== undefined) this.report('lexicon-invalid-value', node, `${what} must be a number ≥ 0`);
    return null;
  }

  /** A list; items that are not usable are reported by `read` and left out. */
  list<T>(node: ParsedNode | null | undefined, what: string, read: (item: ParsedNode | null) => T | null): T[] {
    if (node === undefined) return [];
    if (!isSeq(node)) {
      this.report('lexicon-invalid-value', node, `${what} must be a list`);
      return [];
    }
    const values: T[] = [];
    for (const item of node.items as (ParsedNode | null)[]) {
      const value = read(item);
      if (value !== null) values.push(value);
    }
    return values;
  }

  /** The strings of a list of names, each with its node so that a duplicate can be pointed at. */
  names(node: ParsedNode | null | undefined, what: string): NamedNode[] {
    return this.list(node, what, (item) => {
      const value = this.string(item, 'a name');
      return value === null || item === null ? null : { value, node: item };
    });
  }

  /** `{ low: 175, high: 200 }` with low ≤ high. */
  range(node: ParsedNode | null | undefined, what: string): Range | null {
    if (node === undefined) return null;
    const entries = this.map(node, what, ['low', 'high'], ['low', 'high']);
    if (entries === null) return null;
    const low = this.number(entries.get('low'), `${what}.low`);
    const high = this.number(entries.get('high'), `${what}.high`);
    if (low === null || high === null) return null;
    if (low > high) {
      this.report('lexicon-invalid-value', node, `${what} has \`low\` ${low} above \`high\` ${high}`);
      return null;
    }
    return { low, high };
  }
}
