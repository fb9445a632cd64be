import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { LineIndex, type Diagnostic, type Source } from '@guideline-as-code/types';
import type { ValuePath } from '@guideline-as-code/model';
import { countParse } from '../parse-counts.js';
import { forbiddenKeys } from '../sources/forbidden-keys.js';
import { forbiddenKeyFinding, type PositionedFile } from '../sources/positioned-file.js';

/** A YAML file read with positions, so every value and key can be traced to its line. */
export type YamlFile = PositionedFile;

/**
 * Parses YAML without ever throwing: syntax errors, duplicate keys and prototype keys
 * become diagnostics with file:line:column, and the readable rest of the file is kept.
 */
export function readYaml(file: string, text: string): YamlFile {
  countParse('yaml');
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false, strict: true });
  const lines = new LineIndex(file, text);
  const span = (start: number, end: number): Source => lines.span(start, end);
  const diagnostics: Diagnostic[] = [];
  for (const error of [...document.errors, ...document.warnings]) {
    const [start, end] = error.pos;
    diagnostics.push({
      ruleId: 'yaml-syntax',
      severity: document.errors.includes(error as never) ? 'error' : 'warning',
      message: {
        en: `The YAML in this file cannot be read here: ${firstLine(error.message)}.`,
        sv: `YAML-texten går inte att läsa här: ${firstLine(error.message)}.`,
      },
      source: span(start, end),
    });
  }
  removeForbiddenKeys(document, span, diagnostics);
  const value = toPlainValue(document, span, diagnostics);
  const valueAt = (path: ValuePath): Source => {
    const range = nearestNode(document, path)?.range;
    return range ? span(range[0], range[1]) : span(0, 0);
  };
  return {
    file,
    text,
    value,
    diagnostics,
    sourceAt: valueAt,
    valueAt,
    keyAt(path) {
      const parent = document.getIn(path.slice(0, -1), true);
      const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(path.at(-1))) : undefined;
      const range = (pair?.key as YamlNode | undefined)?.range;
      return range ? span(range[0], range[1]) : valueAt(path);
    },
  };
}

/** The node at a path, or the deepest node on the way to it (a value that was left out). */
function nearestNode(document: Document, path: ValuePath): YamlNode | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as YamlNode | undefined;
    if (node?.range) return node;
  }
  return document.contents ?? undefined;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/[.:]\s*$/, '');
}

/** The document as plain data; an alias bomb or similar is reported, not thrown. */
function toPlainValue(document: Document, span: (start: number, end: number) => Source, diagnostics: Diagnostic[]): unknown {
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    diagnostics.push({
      ruleId: 'yaml-syntax',
      severity: 'error',
      message: {
        en: `The YAML in this file cannot be turned into data: ${firstLine(reason)}. The file was skipped.`,
        sv: `YAML-texten i filen går inte att omvandla till data: ${firstLine(reason)}. Filen hoppades över.`,
      },
      source: span(0, 0),
    });
    return undefined;
  }
}

function removeForbiddenKeys(
  document: Document,
  span: (start: number, end: number) => Source,
  diagnostics: Diagnostic[],
): void {
  const visit = (node: unknown): void => {
    if (isMap(node)) {
      node.items = node.items.filter((pair) => {
        if (isMap(pair.key) || isSeq(pair.key)) {
          reportComplexKey(pair.key, span, diagnostics);
          return false;
        }
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!forbiddenKeys.has(key)) return true;
        const range = (pair.key as YamlNode).range ?? [0, 0];
        diagnostics.push(forbiddenKeyFinding(key, span(range[0], range[1])));
        return false;
      });
      for (const pair of node.items) visit(pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    } else if (isPair(node)) {
      visit(node.value);
    }
  };
  visit(document.contents);
}

/**
 * A key that is itself a list or a mapping (`{a: 1}: x`, often a stray `{` or `[`) has no
 * text to be read by; the YAML library would turn it into a string and print a warning on
 * the console. It is reported at its place and the entry left out.
 */
function reportComplexKey(key: YamlNode, span: (start: number, end: number) => Source, diagnostics: Diagnostic[]): void {
  const range = key.range ?? [0, 0];
  diagnostics.push({
    ruleId: 'yaml-syntax',
    severity: 'error',
    message: {
      en: 'A key here is a list or a mapping, not a text (perhaps a stray `{` or `[`); the entry was ignored.',
      sv: 'En nyckel här är en lista eller en mappning, inte en text (kanske ett felplacerat `{` eller `[`); posten ignorerades.',
    },
    source: span(range[0], range[1]),
  });
}
